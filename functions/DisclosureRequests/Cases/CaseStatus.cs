namespace DisclosureRequests.Cases;

public enum CaseStatus
{
    Received,
    AwaitingClarification,
    InProgress,
    AwaitingThirdParty,
    AwaitingOtherAgency,
    AwaitingFeePayment,
    InLegalReview,
    AwaitingApproval,
    Replied,
    Withdrawn,
    Lapsed,
}
