namespace DisclosureRequests.Core.Intake;

/// <summary>What the applicant gets back once, including the access code that is never shown again.</summary>
public sealed record SubmissionReceipt(
    string Id,
    string TrackingNumber,
    string AccessCode,
    string Status,
    DateOnly ReceivedOn,
    DateOnly? ReplyDueOn);
