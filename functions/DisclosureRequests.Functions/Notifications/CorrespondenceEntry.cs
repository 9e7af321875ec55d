namespace DisclosureRequests.Functions.Notifications;

/// <summary>One letter or mail of a case with its delivery status: pending, delivered, to-post or parked.</summary>
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
    string? Letter);
