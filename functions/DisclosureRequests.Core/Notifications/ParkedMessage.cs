namespace DisclosureRequests.Core.Notifications;

/// <summary>An outbox item that gave up after repeated failure (or could not be composed), as administrators see it.</summary>
public sealed record ParkedMessage(
    string CaseId,
    string ItemId,
    string Kind,
    string Audience,
    string TrackingNumber,
    int Attempts,
    string LastError,
    DateTimeOffset ParkedAt);
