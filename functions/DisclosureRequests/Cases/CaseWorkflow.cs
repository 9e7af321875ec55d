using DisclosureRequests.Calendar;

namespace DisclosureRequests.Cases;

/// <summary>
/// The disclosure process as the Regulations lay it down. Each command is checked against the case's stage and the
/// caller, and answered with the change to write or a refusal; nothing here touches storage.
/// </summary>
public static partial class CaseWorkflow
{
    public const string ImportedCode = "imported";

    public static CaseDecision Decide(CaseState state, CaseCommand command, CaseContext context)
    {
        // A case handled before the system was adopted is on the record as it ended; nothing is done on it here.
        if (state.Import is not null) return NotNow(ImportedCode, "该申请系从启用本系统前的记录导入，只能查阅，不能办理。", "The case was imported from the records kept before this system; it is read-only.");
        try
        {
            return command switch
            {
                CaseCommand.Assign c => Assign(state, c, context),
                CaseCommand.RequestClarification c => RequestClarification(state, c, context),
                CaseCommand.AnswerClarification c => AnswerClarification(state, c, context),
                CaseCommand.ConsultThirdParties c => Consult(state, Clock.PauseKind.ThirdPartyConsultation, c.Parties, c.Purpose, c.Information, context),
                CaseCommand.ConsultOtherAgencies c => Consult(state, Clock.PauseKind.OtherAgencyConsultation, c.Agencies, c.Purpose, c.Information, context),
                CaseCommand.RecordConsultationResponse c => RecordResponse(state, c, context),
                CaseCommand.RequestExtension c => RequestExtension(state, c, context),
                CaseCommand.DecideExtension c => DecideExtension(state, c, context),
                CaseCommand.DelayReply c => DelayReply(state, c, context),
                CaseCommand.IssueFeeNotice c => IssueFeeNotice(state, c, context),
                CaseCommand.RecordFeePayment c => RecordFeePayment(state, c, context),
                CaseCommand.Draft c => Draft(state, c, context),
                CaseCommand.LegalReview c => LegalReview(state, c, context),
                CaseCommand.Approval c => Approve(state, c, context),
                CaseCommand.RecordRelease c => RecordRelease(state, c, context),
                CaseCommand.RecordAttachment c => RecordAttachment(state, c, context),
                CaseCommand.ConfirmApplicantEmail => ConfirmApplicantEmail(state, context),
                CaseCommand.Withdraw c => Withdraw(state, c, context),
                CaseCommand.ReissueAccessCode c => ReissueAccessCode(state, c, context),
                CaseCommand.RecoverAccessCodeByEmail c => RecoverAccessCodeByEmail(state, c, context),
                CaseCommand.RecordReconsideration c => RecordReconsideration(state, c, context),
                CaseCommand.RecordLitigation c => RecordLitigation(state, c, context),
                CaseCommand.RecordLetterDispatch c => RecordLetterDispatch(state, c, context),
                CaseCommand.RecordLetterReceipt c => RecordLetterReceipt(state, c, context),
                CaseCommand.RecordOnlineReading c => RecordOnlineReading(state, c, context),
                CaseCommand.RecordEmailSent c => RecordEmailSent(state, c, context),
                CaseCommand.FireDueTimers => FireDueTimers(state, context),
                CaseCommand.RecountReplyPeriod c => RecountReplyPeriod(state, c, context),
                _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
            };
        }
        catch (DateOutsideCalendarException e)
        {
            return NotNow("calendar-not-covered", "所涉日期所在年度的节假日安排尚未录入，暂不能计算期限。", e.Message);
        }
    }

    // Each refusal is worded for officers and applicants in Chinese, and in English for callers who ask for it.
    private static CaseDecision.Refused NotNow(string code, string chinese, string english) => new(RefusalKind.NotAllowedNow, code, english) { ChineseDetail = chinese };

    private static CaseDecision.Refused Forbidden(string code, string chinese, string english) => new(RefusalKind.Forbidden, code, english) { ChineseDetail = chinese };

    private static CaseDecision.Refused Invalid(string code, string chinese, string english) => new(RefusalKind.Invalid, code, english) { ChineseDetail = chinese };

    private static CaseDecision.Refused? Requires(CaseContext context, string role) =>
        context.Actor.Has(role) ? null : Forbidden("role", $"只有{RoleNames.ToChinese(role)}可以进行此操作。", $"Only a {role} may do this.");

    private static CaseDecision.Refused? RequiresOpen(CaseState state) =>
        state.IsClosed ? NotNow("closed", $"该申请已办结（{state.Status.ToChinese()}）。", $"The case is {state.Status.ToCode()}.") : null;

    private static CaseDecision.Refused? RequiresStatus(CaseState state, params CaseStatus[] allowed) =>
        allowed.Contains(state.Status) ? null
            : NotNow("stage", $"该申请当前处于“{state.Status.ToChinese()}”阶段，不能进行此操作；仅在“{string.Join("”或“", allowed.Select(s => s.ToChinese()))}”阶段可以进行。", $"Not allowed while the case is {state.Status.ToCode()}; allowed when {string.Join(" or ", allowed.Select(s => s.ToCode()))}.");

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
