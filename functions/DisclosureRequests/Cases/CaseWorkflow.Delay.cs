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
        if (state.Status == CaseStatus.AwaitingClarification) return NotNow("stage", "The period restarts when the clarification arrives.");
        if (state.Clock.DelayedTo is { } earlier) return NotNow("already-delayed", $"The reply was already delayed to {earlier:yyyy-MM-dd} (Art. 35).");
        if (IsBlank(command.Reason) || command.Reason.Length > 1000) return Invalid("reason", "Give the reason the applicant will be told, under 1000 characters.");
        if (state.ReadClock(context.Calendar, context.Today).ReplyDueOn is not { } due)
            return NotNow("due-date-unknown", "The due date must be known (no open pause, the calendar covering it) before it can be moved.");
        if (context.Today > due) return NotNow("period-expired", $"The reply period ended on {due:yyyy-MM-dd}; it can no longer be delayed.");
        if (command.ReplyBy is not { } replyBy || replyBy <= due || replyBy > due.AddYears(MaxDelayYears))
            return Invalid("replyBy", $"Set a date after the current due date {due:yyyy-MM-dd} and within a year of it.");
        if (!context.Calendar.IsWorkingDay(replyBy)) return Invalid("replyBy", $"{replyBy:yyyy-MM-dd} is not a working day.");

        var reason = command.Reason.Trim();
        return new CaseChange(state, context)
            .Set(s => s with { Clock = s.Clock.DelayTo(replyBy) })
            .Record("reply-delayed", new() { ["replyDueOn"] = Dates.Format(replyBy), ["reason"] = reason })
            .Send("delay-notice", "applicant", new() { ["reason"] = reason, ["replyDueOn"] = Dates.Format(replyBy) })
            .Done();
    }
}
