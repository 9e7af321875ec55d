using DisclosureRequests.Fees;

namespace DisclosureRequests.Cases;

/// <summary>Everything that can be asked of a case. Each is decided by <see cref="CaseWorkflow"/>.</summary>
public abstract record CaseCommand
{
    public sealed record Assign(string Assignee) : CaseCommand;

    public sealed record RequestClarification(IReadOnlyList<string> Items, int? ReplyWithinWorkingDays) : CaseCommand;

    public sealed record AnswerClarification(string Answer) : CaseCommand;

    /// <summary>
    /// <paramref name="Information"/> names the information the parties are asked about, where it is narrower than
    /// the request; without it, the letter quotes the request. A purpose is for agencies only; given here, it is refused.
    /// </summary>
    public sealed record ConsultThirdParties(IReadOnlyList<Party> Parties, string? Purpose = null, string? Information = null) : CaseCommand;

    /// <summary>
    /// Agencies that made the information with us (Art. 34), or, with <see cref="Consultation.SecrecyReview"/>, the
    /// competent department or secrecy administration asked to determine whether it may be disclosed (Art. 17).
    /// </summary>
    public sealed record ConsultOtherAgencies(IReadOnlyList<Party> Agencies, string? Purpose = null, string? Information = null) : CaseCommand;

    public sealed record RecordConsultationResponse(string ConsultationId, string Response, string? Reasons) : CaseCommand;

    public sealed record RequestExtension(int WorkingDays, string Reason) : CaseCommand;

    public sealed record DecideExtension(string Decision, string? Comments) : CaseCommand;

    /// <summary>Art. 35: a later reply date for an application whose volume is reasonable but too large for the period.</summary>
    public sealed record DelayReply(DateOnly? ReplyBy, string Reason) : CaseCommand;

    public sealed record IssueFeeNotice(FeeBasis Basis, int Units, int PriorItemsThisMonth) : CaseCommand;

    public sealed record RecordFeePayment(long Amount) : CaseCommand;

    /// <summary>
    /// The reply's draft; <paramref name="ResponsibleAgency"/> and its contact details make it the Art. 36(5) answer;
    /// <paramref name="AccessRoute"/> is how and where to obtain information already public (Art. 36(1)) or published (Art. 39(2)).
    /// </summary>
    public sealed record Draft(string Outcome, string? Reason, string Summary, IReadOnlyList<WithheldPart> Withheld, string? ResponsibleAgency,
        string? ResponsibleAgencyContact = null, string? AccessRoute = null, IReadOnlyList<ObjectionOverride>? OverriddenObjections = null) : CaseCommand;

    public sealed record LegalReview(string Decision, string? Comments) : CaseCommand;

    /// <summary>The head of the office approves or returns the reply; the released documents are listed in the letter.</summary>
    public sealed record Approval(string Decision, string? Comments, IReadOnlyList<string>? ReleasedDocuments = null) : CaseCommand;

    /// <summary>Documents stored for release to the applicant (Art. 40), by the names the officer gave them.</summary>
    public sealed record RecordRelease(IReadOnlyList<string> Documents) : CaseCommand;

    /// <summary>Files the applicant attached to the application, by their names.</summary>
    public sealed record RecordAttachment(IReadOnlyList<string> Files) : CaseCommand;

    /// <summary>The applicant entered the code mailed to the address they gave, so letters may now go there.</summary>
    public sealed record ConfirmApplicantEmail : CaseCommand;

    public sealed record Withdraw(string? Reason) : CaseCommand;

    /// <summary>
    /// The applicant lost the access code and the agency checked who they are (<paramref name="IdentityCheck"/>, as the
    /// officer records it): <paramref name="AccessCodeHash"/> is the new code's hash; the code itself is never stored.
    /// </summary>
    public sealed record ReissueAccessCode(string AccessCodeHash, string IdentityCheck) : CaseCommand;

    /// <summary>
    /// Someone who knows the tracking number and the applicant's confirmed e-mail address asked for a new code: it goes
    /// to that address only. <paramref name="Nonce"/> derives the code there; <paramref name="AccessCodeHash"/> is its hash.
    /// None goes out within <paramref name="Spacing"/> of the last, so that the code a mail on its way carries stays good.
    /// </summary>
    public sealed record RecoverAccessCodeByEmail(string AccessCodeHash, string Nonce, TimeSpan Spacing) : CaseCommand;

    public sealed record RecordReconsideration(string Result) : CaseCommand;

    public sealed record RecordLitigation(string Route, string Result) : CaseCommand;

    /// <summary>
    /// A paper letter was posted or handed over; the title is what the history line names. <paramref name="EmailUndelivered"/>:
    /// it goes on paper because its e-mail could not be delivered, so it was not served when it was issued.
    /// </summary>
    public sealed record RecordLetterDispatch(string ItemId, string Title, string Method, DateOnly? On, bool EmailUndelivered = false) : CaseCommand;

    /// <summary>A posted letter was signed for on <paramref name="On"/>, as its return receipt or the carrier's record shows.</summary>
    public sealed record RecordLetterReceipt(string ItemId, string Title, DateOnly? On) : CaseCommand;

    /// <summary>
    /// The applicant read, on their own application's page, letters that were still to be served; <paramref name="Letters"/>
    /// names each by its outbox item id and the title the history shows.
    /// </summary>
    public sealed record RecordOnlineReading(IReadOnlyDictionary<string, string> Letters) : CaseCommand;

    /// <summary>
    /// The e-mail carrying the letter <paramref name="ItemId"/> went out on <paramref name="On"/>, a later day than the
    /// one its service was counted from; the dispatcher reports it.
    /// </summary>
    public sealed record RecordEmailSent(string ItemId, string Title, DateOnly On) : CaseCommand;

    public sealed record FireDueTimers : CaseCommand;

    /// <summary>
    /// A year's holiday notice was published or corrected: the reply period is counted again and, where the due
    /// date differs from <paramref name="PreviousReplyDueOn"/> (what officers were shown), the record says so.
    /// </summary>
    public sealed record RecountReplyPeriod(DateOnly? PreviousReplyDueOn, int Year, string Document) : CaseCommand;

    public const string Approve = "approve";
    public const string Return = "return";

    /// <summary>What a legal reviewer or the approver decides on a draft reply.</summary>
    public static IReadOnlyList<string> Decisions { get; } = [Approve, Return];
}
