namespace DisclosureRequests.Core.Intake;

/// <summary>What the applicant gets back once, including the access code that is never shown again.</summary>
public sealed record SubmissionReceipt(
    string Id,
    string TrackingNumber,
    string AccessCode,
    string Status,
    DateOnly ReceivedOn,
    DateOnly? ReplyDueOn)
{
    /// <summary><c>pending</c> while the letters to the applicant's address wait for the code mailed there.</summary>
    public string? EmailConfirmation { get; init; }
}
