namespace DisclosureRequests.Cases;

/// <summary>A case's timers still to fire, and whether some of them wait for a calendar year not yet published.</summary>
public sealed record TimerPlan(IReadOnlyList<CaseTimer> Armed, bool AwaitingCalendar);
