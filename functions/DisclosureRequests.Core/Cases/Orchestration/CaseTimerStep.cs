namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// What one step of a case's orchestration found: how many timers it fired, and how long to wait for the next one
/// (<c>null</c>: none is armed, so wait for the case to change). <see cref="WaitFor"/> is measured on the app's
/// clock, so the durable timer and the case agree on what is due even where that clock is not the wall clock.
/// </summary>
public sealed record CaseTimerStep(bool Ended, int Fired, DateTimeOffset? NextDueAt, TimeSpan? WaitFor, string? NextTimer)
{
    public static CaseTimerStep Closed(int fired) => new(true, fired, null, null, null);
}
