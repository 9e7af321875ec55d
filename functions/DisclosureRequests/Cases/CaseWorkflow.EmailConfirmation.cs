namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// The applicant proved the e-mail address is theirs. Allowed at any stage, even after the case closed: the
    /// letters kept for that address are then sent.
    /// </summary>
    private static CaseDecision ConfirmApplicantEmail(CaseState state, CaseContext context)
    {
        if (!context.Actor.IsApplicant) return Forbidden("applicant-only", "只有申请人本人可以确认电子邮箱。", "Only the applicant confirms their e-mail address.");
        if (!state.EmailConfirmationPending) return NotNow("email-not-pending", "该申请的电子邮箱无需确认或已经确认。", "The e-mail address needs no confirmation or is already confirmed.");
        return new CaseChange(state, context)
            .Set(s => ServedByConfirmedEmail(s with { EmailConfirmationPending = false }, context))
            .Record("applicant-email-confirmed")
            .Done();
    }
}
