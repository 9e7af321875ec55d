using DisclosureRequests.Cases.Letters;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    private const int MaxDelayYears = 1;

    /// <summary>
    /// Art. 35: where the number or frequency of an applicant's requests clearly exceeds a reasonable range, the
    /// agency asks for reasons; if they are reasonable but the reply cannot be given within the Art. 33 period, it sets
    /// a reasonable later date and tells the applicant. The head of the disclosure office decides, as for an extension.
    /// </summary>
    private static CaseDecision DelayReply(CaseState state, CaseCommand.DelayReply command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.Approver) ?? RequiresOpen(state)) is { } refused) return refused;
        if (state.Status == CaseStatus.AwaitingClarification) return NotNow("stage", "答复期限自收到补正后的申请之日起重新计算，待补正期间不能进行此操作。", "The period restarts when the clarification arrives.");
        if (state.Clock.DelayedTo is { } earlier) return NotNow("already-delayed", $"答复期限已依照条例第三十五条延至{earlier:yyyy-MM-dd}。", $"The reply was already delayed to {earlier:yyyy-MM-dd} (Art. 35).");
        if (IsBlank(command.Reason) || command.Reason.Length > 1000) return Invalid("reason", "请填写告知申请人的理由，不超过1000字。", "Give the reason the applicant will be told, under 1000 characters.");
        if (state.ReadClock(context.Calendar, context.Today).ReplyDueOn is not { } due)
            return NotNow("due-date-unknown", "答复期限尚不能确定（有未结束的期限中止，或节假日安排尚未录入），暂不能调整。", "The due date must be known (no open pause, the calendar covering it) before it can be moved.");
        if (context.Today > due) return NotNow("period-expired", $"答复期限已于{due:yyyy-MM-dd}届满，不能再延迟答复。", $"The reply period ended on {due:yyyy-MM-dd}; it can no longer be delayed.");
        if (command.ReplyBy is not { } replyBy || replyBy <= due || replyBy > due.AddYears(MaxDelayYears))
            return Invalid("replyBy", $"请设定晚于现答复期限{due:yyyy-MM-dd}、且在其后一年以内的日期。", $"Set a date after the current due date {due:yyyy-MM-dd} and within a year of it.");
        if (!context.Calendar.IsWorkingDay(replyBy)) return Invalid("replyBy", $"{replyBy:yyyy-MM-dd}不是工作日。", $"{replyBy:yyyy-MM-dd} is not a working day.");

        var reason = command.Reason.Trim();
        return new CaseChange(state, context)
            .Set(s => s with { Clock = s.Clock.DelayTo(replyBy) })
            .Record("reply-delayed", new() { ["replyDueOn"] = Dates.Format(replyBy), ["reason"] = reason })
            .Send("applicant", new DelayNoticeLetter(reason, replyBy))
            .Done();
    }
}
