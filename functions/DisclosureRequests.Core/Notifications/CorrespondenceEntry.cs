namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// One letter or mail of a case with its delivery status: pending, delivered, to-post, parked, or for a paper letter
/// posted or served, with <see cref="Dispatch"/> saying how and when.
/// </summary>
public sealed record CorrespondenceEntry(
    string Id,
    string Kind,
    string Audience,
    string Title,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? DeliveredAt,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    string? Letter,
    DisclosureRequests.Cases.LetterDispatch? Dispatch = null);
