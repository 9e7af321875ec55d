namespace DisclosureRequests.Core.Notifications;

/// <summary>A paper letter waiting to be printed and posted or handed over, with where it goes and where to read it.</summary>
public sealed record PrintQueueEntry(
    string CaseId,
    string ItemId,
    string Kind,
    string TrackingNumber,
    string Title,
    string ApplicantName,
    string? Address,
    string Delivery,
    DateTimeOffset QueuedAt,
    string Letter);
