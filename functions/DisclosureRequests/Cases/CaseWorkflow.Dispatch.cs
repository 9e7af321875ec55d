namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// A letter for an applicant without e-mail goes by post or by hand; the officer records when and how, as the
    /// proof of service the record needs. Also after the reply, which is when most such letters go out.
    /// </summary>
    private static CaseDecision RecordLetterDispatch(CaseState state, CaseCommand.RecordLetterDispatch command, CaseContext context)
    {
        if (Requires(context, StaffRoles.CaseOfficer) is { } refused) return refused;
        if (IsBlank(command.ItemId)) return Invalid("itemId", "请指明所寄送或送达的文书。", "Name the letter.");
        if (!LetterDispatch.Methods.Contains(command.Method))
            return Invalid("method", $"送达方式应为{string.Join("、", LetterDispatch.Methods)}之一。", $"The method is one of {string.Join(", ", LetterDispatch.Methods)}.");
        if (command.On is not { } on || on > context.Today || on < state.ReceivedOn)
            return Invalid("on", "邮寄或送达的日期应在收到申请之日至今天之间。", "The day of posting or service lies between the receipt of the application and today.");
        if (state.LetterDispatches.Any(d => d.ItemId == command.ItemId))
            return NotNow("already-dispatched", "该文书的寄送或送达已经登记。", "The posting or service of this letter is already recorded.");

        var dispatch = new LetterDispatch(command.ItemId, command.Method, on, context.Actor.Id);
        return new CaseChange(state, context)
            .Set(s => s with { LetterDispatches = [.. s.LetterDispatches, dispatch] })
            .Set(s => command.EmailUndelivered ? Unserved(s, command.ItemId) : s)
            .Set(s => dispatch.IsServed ? Served(s, command.ItemId, on, context) : s)
            .Record(dispatch.IsServed ? "letter-served" : "letter-posted", new()
            {
                ["letter"] = command.Title,
                ["itemId"] = command.ItemId,
                ["method"] = command.Method,
                ["on"] = Dates.Format(on),
            })
            .Done();
    }

    /// <summary>
    /// A posted letter was signed for: the day on the return receipt (回执) or the carrier's record is when it was
    /// served, and any time limit it gave its recipient runs from then.
    /// </summary>
    private static CaseDecision RecordLetterReceipt(CaseState state, CaseCommand.RecordLetterReceipt command, CaseContext context)
    {
        if (Requires(context, StaffRoles.CaseOfficer) is { } refused) return refused;
        var dispatch = state.LetterDispatches.FirstOrDefault(d => d.ItemId == command.ItemId);
        if (dispatch is null) return NotNow("not-posted", "请先登记该文书的邮寄。", "Record the posting of this letter first.");
        if (dispatch.IsServed) return NotNow("already-served", "该文书的送达已经登记。", "The service of this letter is already recorded.");
        if (command.On is not { } on || on > context.Today || on < dispatch.On)
            return Invalid("on", $"签收日期应在邮寄之日（{dispatch.On:yyyy-MM-dd}）至今天之间。", $"The day it was signed for lies between its posting on {dispatch.On:yyyy-MM-dd} and today.");

        return new CaseChange(state, context)
            .Set(s => s with { LetterDispatches = [.. s.LetterDispatches.Select(d => d == dispatch ? d with { ReceivedOn = on } : d)] })
            .Set(s => Served(s, command.ItemId, on, context))
            .Record("letter-received", new() { ["letter"] = command.Title, ["itemId"] = command.ItemId, ["on"] = Dates.Format(on) })
            .Done();
    }
}
