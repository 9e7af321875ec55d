namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// A published or corrected holiday notice moves no decision already taken and no letter already sent; it only
    /// changes when the reply is due, and the record keeps who published it and the due date before and after.
    /// </summary>
    private static CaseDecision RecountReplyPeriod(CaseState state, CaseCommand.RecountReplyPeriod command, CaseContext context)
    {
        if (!context.Actor.IsSystem && !context.Actor.Has(StaffRoles.Administrator))
            return Forbidden("role", "只有管理员可以发布节假日安排。", $"Only an {StaffRoles.Administrator} publishes a holiday notice.");
        if (RequiresOpen(state) is { } closed) return closed;
        var dueOn = state.ReadClock(context.Calendar, context.Today).ReplyDueOn;
        if (dueOn == command.PreviousReplyDueOn) return NotNow("unchanged", "答复期限未变。", "The reply is due on the same date.");

        var details = new Dictionary<string, string> { ["year"] = command.Year.ToString(), ["document"] = command.Document };
        if (command.PreviousReplyDueOn is { } previous) details["previousReplyDueOn"] = Dates.Format(previous);
        if (dueOn is { } due) details["replyDueOn"] = Dates.Format(due);
        return new CaseChange(state, context).Record("reply-period-recounted", details).Done();
    }
}
