namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// A letter posted whose return receipt is still to be recorded: to whom, when and how it went, and whether a time
/// limit it gave (补正, fee, consultation) waits for the day it was signed for.
/// </summary>
public sealed record PostedLetterEntry(
    string CaseId,
    string ItemId,
    string Kind,
    string TrackingNumber,
    string Title,
    string Addressee,
    DateOnly PostedOn,
    string Method,
    bool TimeLimitAwaitsReceipt);
