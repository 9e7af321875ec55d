namespace DisclosureRequests.Core.Intake;

/// <summary>What an applicant (or an officer) sees of one application.</summary>
public sealed record ApplicationView(
    string Id,
    string TrackingNumber,
    string Status,
    string Channel,
    DateOnly ReceivedOn,
    DateOnly? ReplyDueOn,
    int? WorkingDaysLeft,
    string ApplicantType,
    string ApplicantName,
    string Description,
    string Format,
    string Delivery,
    IReadOnlyList<ApplicantLetter> Letters,
    DisclosureRequests.Core.Attachments.CaseDocumentsView? Documents = null,
    ApplicantClarification? Clarification = null)
{
    /// <summary><c>pending</c> while the letters to the applicant's address wait for the code mailed there.</summary>
    public string? EmailConfirmation { get; init; }

    /// <summary>The processing fee asked for, if any, and its payment.</summary>
    public ApplicantFee? Fee { get; init; }
}
