using Azure;
using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// One state change: the new state, its history lines and its outbox items, written together or not at all.
/// <see cref="ExpectedETag"/> is null for a new case; <see cref="CommandKey"/> marks an Idempotency-Key as used by
/// the command whose hash is <see cref="CommandHash"/>. <see cref="StateRowKey"/> is the row the expected state was
/// read from (an earlier layout's for a case stored before); null writes the current layout's. <see cref="At"/> is
/// when the change was decided, on the app's clock: the outbox items are dated by it.
/// </summary>
public sealed record CaseCommit(
    CaseState State, ETag? ExpectedETag, IReadOnlyList<CaseEvent> Events, IReadOnlyList<OutboxItem> Outbox,
    string? CommandKey = null, string? CommandHash = null)
{
    public required DateTimeOffset At { get; init; }

    public string? StateRowKey { get; init; }
}
