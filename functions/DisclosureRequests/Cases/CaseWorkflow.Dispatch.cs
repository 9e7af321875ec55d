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
            .Record(dispatch.IsServed ? "letter-served" : "letter-posted", new()
            {
                ["letter"] = command.Title,
                ["itemId"] = command.ItemId,
                ["method"] = command.Method,
                ["on"] = Dates.Format(on),
            })
            .Done();
    }
}
