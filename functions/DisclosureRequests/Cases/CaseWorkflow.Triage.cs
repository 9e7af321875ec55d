using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    private static CaseDecision Assign(CaseState state, CaseCommand.Assign command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer) ?? RequiresOpen(state)) is { } refused) return refused;
        if (IsBlank(command.Assignee)) return Invalid("assignee", "请写明承办人。", "Name the officer who takes the case.");
        return new CaseChange(state, context)
            .Set(s => s with
            {
                Assignee = command.Assignee.Trim(),
                Status = s.Status == CaseStatus.Received ? CaseStatus.InProgress : s.Status,
            })
            .Record("assigned", new() { ["assignee"] = command.Assignee.Trim() })
            .Done();
    }

    /// <summary>Art. 30: one notice, within 7 working days of receipt, naming everything to supplement.</summary>
    private static CaseDecision RequestClarification(CaseState state, CaseCommand.RequestClarification command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer) ?? RequiresStatus(state, CaseStatus.Received, CaseStatus.InProgress)) is { } refused) return refused;
        if (state.Clarification is not null) return NotNow("clarification-already-requested", "依照条例第三十条，补正告知只能一次性发出。", "Art. 30 allows one clarification notice only.");
        if (state.Consultations.Any(c => c.IsOpen)) return NotNow("consultation-open", "请先完成尚未结束的征求意见。", "Finish the open consultations first.");
        // A last day in a year not yet published lies after every day the calendar covers, today included.
        var lastDay = CaseClock.KnownResponseDueOn(context.Calendar, state.ReceivedOn, Clock.StatutoryPeriods.ClarificationNoticeWorkingDays);
        if (context.Today > lastDay)
            return NotNow("clarification-window-passed", $"补正告知应当在收到申请之日起7个工作日内（{lastDay:yyyy-MM-dd}前）发出，已经超过期限。", $"The clarification notice had to be sent by {lastDay:yyyy-MM-dd} (7 working days after receipt).");
        var items = (command.Items ?? []).Where(i => !IsBlank(i)).Select(i => i.Trim()).ToArray();
        if (items.Length is 0 or > 20 || items.Any(i => i.Length > 500))
            return Invalid("items", "请列明1至20项需要补正的内容，每项不超过500字。", "List between 1 and 20 points to supplement, each under 500 characters.");
        var within = command.ReplyWithinWorkingDays ?? context.Settings.ClarificationReplyWorkingDays;
        if (within is < 1 or > 60) return Invalid("replyWithinWorkingDays", "补正期限应为1至60个工作日。", "Give the applicant between 1 and 60 working days.");
        var change = new CaseChange(state, context);
        var service = ServiceFor(state, change, context);
        var replyBy = service.ServedOn is { } servedOn ? CaseClock.KnownResponseDueOn(context.Calendar, servedOn, within) : null;

        return change
            .Set(s => s with
            {
                Status = CaseStatus.AwaitingClarification,
                Clarification = new ClarificationRequest(items, context.Today, replyBy, context.Actor.Id, ReplyWithinWorkingDays: within, Service: service),
            })
            .Record("clarification-requested", new() { ["items"] = items.Length.ToString(), ["replyBy"] = Dates.Format(replyBy) })
            .Send("applicant", new ClarificationNoticeLetter(items, context.Today, replyBy, within))
            .Done();
    }

    /// <summary>Art. 30: the reply period runs afresh from the day the clarified application is received.</summary>
    private static CaseDecision AnswerClarification(CaseState state, CaseCommand.AnswerClarification command, CaseContext context)
    {
        if (!context.Actor.IsApplicant) return Forbidden("applicant-only", "只有申请人本人可以补正申请。", "Only the applicant answers a clarification request.");
        if (RequiresStatus(state, CaseStatus.AwaitingClarification) is { } refused) return refused;
        if (IsBlank(command.Answer) || command.Answer.Length > 4000) return Invalid("answer", "请填写补正内容，不超过4000字。", "Write the supplement, under 4000 characters.");

        var change = new CaseChange(state, context)
            .Set(s => s with
            {
                Status = s.Assignee is null ? CaseStatus.Received : CaseStatus.InProgress,
                Clarification = s.Clarification! with { AnsweredOn = context.Today, Answer = command.Answer.Trim() },
                Clock = s.Clock.RestartAfterClarification(context.Today),
            });
        var due = change.State.ReadClock(context.Calendar, context.Today).ReplyDueOn;
        return change
            .Record("clarification-answered", new() { ["replyDueOn"] = Dates.Format(due) })
            .Done();
    }

    /// <summary>The applicant may withdraw at any time before the reply; it counts under （六）3 其他.</summary>
    private static CaseDecision Withdraw(CaseState state, CaseCommand.Withdraw command, CaseContext context)
    {
        if (!context.Actor.IsApplicant) return Forbidden("applicant-only", "只有申请人本人可以撤回申请。", "Only the applicant withdraws an application.");
        if (RequiresOpen(state) is { } refused) return refused;
        if (command.Reason is { Length: > 1000 }) return Invalid("reason", "理由不超过1000字。", "Keep the reason under 1000 characters.");

        return new CaseChange(state, context)
            .Set(s => s with
            {
                Status = CaseStatus.Withdrawn,
                Conclusion = new Conclusion("other", "other", context.Today),
                Clock = s.Clock.Stop(Max(context.Today, s.Clock.PeriodStartsOn)),
            })
            .Record("withdrawn", command.Reason is null ? null : new() { ["reason"] = command.Reason })
            .Send("applicant", new WithdrawalConfirmationLetter(context.Today))
            .Done();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
