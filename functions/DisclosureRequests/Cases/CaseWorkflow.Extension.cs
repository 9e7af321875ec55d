using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>Art. 33: an extension of at most 20 working days, asked before the period runs out.</summary>
    private static CaseDecision RequestExtension(CaseState state, CaseCommand.RequestExtension command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer) ?? RequiresOpen(state)) is { } refused) return refused;
        if (state.Status == CaseStatus.AwaitingClarification) return NotNow("stage", "答复期限自收到补正后的申请之日起重新计算，待补正期间不能进行此操作。", "The period restarts when the clarification arrives.");
        if (state.Clock.ExtensionWorkingDays > 0) return NotNow("already-extended", "答复期限已经延长过一次（条例第三十三条）。", "The reply period has already been extended once (Art. 33).");
        if (state.Extension is { IsPending: true }) return NotNow("extension-pending", "延期申请正在等待负责人审批。", "An extension request is awaiting the approver.");
        if (command.WorkingDays is < 1 or > StatutoryPeriods.MaxExtensionWorkingDays)
            return Invalid("workingDays", "延长期限为1至20个工作日（条例第三十三条）。", "An extension is 1 to 20 working days (Art. 33).");
        if (IsBlank(command.Reason)) return Invalid("reason", "请填写告知申请人的理由。", "Give the reason the applicant will be told.");
        if (PeriodHasRunOut(state, context) is { } late) return late;

        return new CaseChange(state, context)
            .Set(s => s with { Extension = new ExtensionRequest(command.WorkingDays, command.Reason.Trim(), context.Actor.Id, context.Today) })
            .Record("extension-requested", new() { ["workingDays"] = command.WorkingDays.ToString(), ["reason"] = command.Reason.Trim() })
            .Done();
    }

    /// <summary>Art. 33: the head of the disclosure office consents, and the applicant is told.</summary>
    private static CaseDecision DecideExtension(CaseState state, CaseCommand.DecideExtension command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.Approver) ?? RequiresOpen(state)) is { } refused) return refused;
        if (state.Extension is not { IsPending: true } request) return NotNow("no-extension-request", "没有待审批的延期申请。", "There is no pending extension request.");
        if (request.RequestedBy == context.Actor.Id) return Forbidden("four-eyes", "提出延期的人员不能审批本人的延期申请。", "The officer who asked for the extension cannot approve it.");
        if (!ExtensionRequest.Decisions.Contains(command.Decision))
            return Invalid("decision", "决定应为同意或不同意。", "The decision is approve or refuse.");
        if (command.Decision == ExtensionRequest.Approved && PeriodHasRunOut(state, context) is { } late) return late;

        var change = new CaseChange(state, context).Set(s => s with
        {
            Extension = request with { Decision = command.Decision, DecidedBy = context.Actor.Id },
            Clock = command.Decision == ExtensionRequest.Approved ? s.Clock.Extend(request.WorkingDays) : s.Clock,
        });
        if (command.Decision == ExtensionRequest.Refused)
            return change.Record("extension-refused", Comments(command.Comments)).Done();

        var due = change.State.ReadClock(context.Calendar, context.Today).ReplyDueOn;
        return change
            .Record("extension-approved", new() { ["workingDays"] = request.WorkingDays.ToString(), ["replyDueOn"] = Dates.Format(due) })
            .Send("applicant", new ExtensionNoticeLetter(request.WorkingDays, request.Reason, due))
            .Done();
    }

    private static CaseDecision.Refused? PeriodHasRunOut(CaseState state, CaseContext context) =>
        state.ReadClock(context.Calendar, context.Today) is { ReplyDueOn: { } due } && context.Today > due
            ? NotNow("period-expired", $"答复期限已于{due:yyyy-MM-dd}届满，不能再延长。", $"The reply period ended on {due:yyyy-MM-dd}; it can no longer be extended.")
            : null;

    private static Dictionary<string, string>? Comments(string? comments) =>
        IsBlank(comments) ? null : new() { ["comments"] = comments!.Trim() };
}
