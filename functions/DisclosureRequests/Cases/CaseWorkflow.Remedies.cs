namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>Section 四 of the annual report counts reconsiderations and lawsuits against replies, by result.</summary>
    private static CaseDecision RecordReconsideration(CaseState state, CaseCommand.RecordReconsideration command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.Administrator) ?? RequiresStatus(state, CaseStatus.Replied, CaseStatus.Lapsed)) is { } refused) return refused;
        if (!RemedyRecord.Results.Contains(command.Result)) return Invalid("result", $"结果应为以下之一：{string.Join("、", RemedyRecord.Results)}", $"result is one of {string.Join(", ", RemedyRecord.Results)}");

        return new CaseChange(state, context)
            .Set(s => s with { Reconsideration = new RemedyRecord(command.Result, context.Today) })
            .Record("reconsideration-recorded", new() { ["result"] = command.Result })
            .Done();
    }

    private static CaseDecision RecordLitigation(CaseState state, CaseCommand.RecordLitigation command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.Administrator) ?? RequiresStatus(state, CaseStatus.Replied, CaseStatus.Lapsed)) is { } refused) return refused;
        if (!RemedyRecord.Routes.Contains(command.Route)) return Invalid("route", $"诉讼途径应为以下之一：{string.Join("、", RemedyRecord.Routes)}", $"route is one of {string.Join(", ", RemedyRecord.Routes)}");
        if (!RemedyRecord.Results.Contains(command.Result)) return Invalid("result", $"结果应为以下之一：{string.Join("、", RemedyRecord.Results)}", $"result is one of {string.Join(", ", RemedyRecord.Results)}");
        if (command.Route == "after-reconsideration" && state.Reconsideration is null)
            return NotNow("no-reconsideration", "复议后起诉的，请先登记行政复议。", "Record the reconsideration before a lawsuit brought after it.");

        return new CaseChange(state, context)
            .Set(s => s with { Litigation = new RemedyRecord(command.Result, context.Today, command.Route) })
            .Record("litigation-recorded", new() { ["route"] = command.Route, ["result"] = command.Result })
            .Done();
    }
}
