using DisclosureRequests.Core.Notifications;

namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// What a pass over the case's outbox found: how many items went out, and how long until one still open is due a try
/// (<c>null</c>: nothing is waiting on time; held letters wait for the applicant's confirmation, which is a change).
/// </summary>
public sealed record CaseOutboxStep(int Delivered, DateTimeOffset? NextLookAt, TimeSpan? WaitFor)
{
    public static CaseOutboxStep Of(OutboxPass pass, DateTimeOffset now) => pass.NextLookAt is { } at
        ? new CaseOutboxStep(pass.Delivered, at, at > now ? at - now : TimeSpan.Zero)
        : new CaseOutboxStep(pass.Delivered, null, null);
}
