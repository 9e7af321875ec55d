using DisclosureRequests.Reports;

namespace DisclosureRequests.Cases;

/// <summary>Which outcome and reason codes an officer may draft, from the one code table of the annual report.</summary>
public static class ReplyOutcomes
{
    public const string PartiallyDisclosed = "partially-disclosed";
    public const string Withheld = "withheld";

    /// <summary>Set by the system when the applicant lets a deadline pass, never drafted.</summary>
    private static readonly string[] SystemReasons = ["clarification-lapsed", "fee-unpaid"];

    public static string? Check(string? outcome, string? reason, IReadOnlyList<WithheldPart> withheld, CaseState state)
    {
        var category = ReportTable.Outcomes.FirstOrDefault(o => o.Code == outcome);
        if (category is null) return $"outcome must be one of {string.Join(", ", ReportTable.Outcomes.Select(o => o.Code))}";
        if (category.HasReasons && category.Reasons.All(r => r.Code != reason))
            return $"reason for {outcome} must be one of {string.Join(", ", category.Reasons.Select(r => r.Code).Except(SystemReasons))}";
        if (!category.HasReasons && reason is not null) return $"{outcome} takes no reason";
        if (SystemReasons.Contains(reason)) return $"{reason} is recorded by the system when the deadline passes";
        if (reason == "still-unclear" && state.Clarification?.AnsweredOn is null)
            return "still-unclear applies only after a clarification was asked and answered (Art. 30)";
        if (outcome == PartiallyDisclosed)
        {
            var withheldReasons = ReportTable.Outcomes.Single(o => o.Code == Withheld).Reasons.Select(r => r.Code).ToHashSet();
            if (withheld.Count == 0) return "a partial disclosure lists what is withheld and why (Art. 37)";
            if (withheld.Any(w => !withheldReasons.Contains(w.Reason) || string.IsNullOrWhiteSpace(w.Description)))
                return $"each withheld part needs a description and a reason among {string.Join(", ", withheldReasons)}";
        }
        else if (withheld.Count > 0)
        {
            return "withheld parts belong only to a partial disclosure";
        }
        return null;
    }
}
