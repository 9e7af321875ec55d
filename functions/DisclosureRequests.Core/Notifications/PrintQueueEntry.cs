namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// A paper letter waiting to be printed and posted or handed over, with whom and where it goes (the applicant, or the
/// consulted party a consultation letter is addressed to) and where to read it.
/// </summary>
public sealed record PrintQueueEntry(
    string CaseId,
    string ItemId,
    string Kind,
    string TrackingNumber,
    string Title,
    string Addressee,
    string? Address,
    string Delivery,
    DateTimeOffset QueuedAt,
    string Letter);
