using DisclosureRequests.Calendar;

namespace DisclosureRequests.Cases;

/// <summary>
/// The disclosure process as the Regulations lay it down. Each command is checked against the case's stage and the
/// caller, and answered with the change to write or a refusal; nothing here touches storage.
/// </summary>
public static partial class CaseWorkflow
{
    public static CaseDecision Decide(CaseState state, CaseCommand command, CaseContext context)
    {
        try
        {
            return command switch
            {
                CaseCommand.Assign c => Assign(state, c, context),
                CaseCommand.RequestClarification c => RequestClarification(state, c, context),
                CaseCommand.AnswerClarification c => AnswerClarification(state, c, context),
                CaseCommand.ConsultThirdParties c => Consult(state, Clock.PauseKind.ThirdPartyConsultation, c.Parties, context),
                CaseCommand.ConsultOtherAgencies c => Consult(state, Clock.PauseKind.OtherAgencyConsultation, c.Agencies, context),
                CaseCommand.RecordConsultationResponse c => RecordResponse(state, c, context),
                CaseCommand.RequestExtension c => RequestExtension(state, c, context),
                CaseCommand.DecideExtension c => DecideExtension(state, c, context),
                CaseCommand.DelayReply c => DelayReply(state, c, context),
                CaseCommand.IssueFeeNotice c => IssueFeeNotice(state, c, context),
                CaseCommand.RecordFeePayment c => RecordFeePayment(state, c, context),
                CaseCommand.Draft c => Draft(state, c, context),
                CaseCommand.LegalReview c => LegalReview(state, c, context),
                CaseCommand.Approval c => Approve(state, c, context),
                CaseCommand.Withdraw c => Withdraw(state, c, context),
                CaseCommand.RecordReconsideration c => RecordReconsideration(state, c, context),
                CaseCommand.RecordLitigation c => RecordLitigation(state, c, context),
                CaseCommand.RecordLetterDispatch c => RecordLetterDispatch(state, c, context),
                CaseCommand.FireDueTimers => FireDueTimers(state, context),
                _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
            };
        }
        catch (DateOutsideCalendarException e)
        {
            return NotNow("calendar-not-covered", e.Message);
        }
    }

    private static CaseDecision.Refused NotNow(string code, string detail) => new(RefusalKind.NotAllowedNow, code, detail);

    private static CaseDecision.Refused Forbidden(string code, string detail) => new(RefusalKind.Forbidden, code, detail);

    private static CaseDecision.Refused Invalid(string code, string detail) => new(RefusalKind.Invalid, code, detail);

    private static CaseDecision.Refused? Requires(CaseContext context, string role) =>
        context.Actor.Has(role) ? null : Forbidden("role", $"Only a {role} may do this.");

    private static CaseDecision.Refused? RequiresOpen(CaseState state) =>
        state.IsClosed ? NotNow("closed", $"The case is {state.Status.ToCode()}.") : null;

    private static CaseDecision.Refused? RequiresStatus(CaseState state, params CaseStatus[] allowed) =>
        allowed.Contains(state.Status) ? null
            : NotNow("stage", $"Not allowed while the case is {state.Status.ToCode()}; allowed when {string.Join(" or ", allowed.Select(s => s.ToCode()))}.");

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
