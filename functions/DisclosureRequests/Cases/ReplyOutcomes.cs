using DisclosureRequests.Reports;

namespace DisclosureRequests.Cases;

/// <summary>Which outcome and reason codes an officer may draft, from the one code table of the annual report.</summary>
public static class ReplyOutcomes
{
    public const string Disclosed = "disclosed";
    public const string AlreadyPublic = "already-public";
    public const string PartiallyDisclosed = "partially-disclosed";
    public const string Withheld = "withheld";

    /// <summary>Set by the system when the applicant lets a deadline pass, never drafted.</summary>
    private static readonly string[] SystemReasons = ["clarification-lapsed", "fee-unpaid"];

    public static IReadOnlyList<string> Outcomes { get; } = [.. ReportTable.Outcomes.Select(o => o.Code)];

    /// <summary>Every reason a concluded case may carry, the system's included.</summary>
    public static IReadOnlyList<string> Reasons { get; } = [.. ReportTable.Outcomes.SelectMany(o => o.Reasons.Concat(o.Variants)).Select(r => r.Code).Distinct()];

    public static IReadOnlyList<string> DraftableReasons { get; } = [.. Reasons.Except(SystemReasons)];

    /// <summary>Why a part of a partial disclosure is withheld: the reasons of 不予公开.</summary>
    public static IReadOnlyList<string> WithheldReasons { get; } = [.. ReportTable.Outcomes.Single(o => o.Code == Withheld).Reasons.Select(r => r.Code)];

    /// <summary>
    /// The answers that tell the applicant how and where to obtain the information instead of giving it: already
    /// public (Art. 36(1)) and a publication (Art. 39(2)).
    /// </summary>
    public static bool NamesAccessRoute(string outcome, string? reason) =>
        (outcome, reason) is (Disclosed, AlreadyPublic) or ("not-processed", "publication");

    public static (string Chinese, string English)? Check(string? outcome, string? reason, IReadOnlyList<WithheldPart> withheld, CaseState state)
    {
        var category = ReportTable.Outcomes.FirstOrDefault(o => o.Code == outcome);
        if (category is null)
            return ($"办理结果应为以下之一：{string.Join("、", ReportTable.Outcomes.Select(o => $"{o.Label}（{o.Code}）"))}",
                $"outcome must be one of {string.Join(", ", ReportTable.Outcomes.Select(o => o.Code))}");
        var draftable = category.Reasons.Where(r => !SystemReasons.Contains(r.Code)).ToList();
        if (category.HasReasons && category.Reasons.All(r => r.Code != reason))
            return ($"“{category.Label}”的具体情形应为以下之一：{string.Join("、", draftable.Select(r => $"{r.Label}（{r.Code}）"))}",
                $"reason for {outcome} must be one of {string.Join(", ", draftable.Select(r => r.Code))}");
        if (!category.HasReasons && reason is not null && category.Variants.All(v => v.Code != reason))
            return category.Variants.Count == 0 ? ($"“{category.Label}”不需要具体情形", $"{outcome} takes no reason")
                : ($"“{category.Label}”不写具体情形，或写：{string.Join("、", category.Variants.Select(v => $"{v.Label}（{v.Code}）"))}",
                    $"{outcome} takes no reason or one of {string.Join(", ", category.Variants.Select(v => v.Code))}");
        if (SystemReasons.Contains(reason)) return ("该情形在期限届满时由系统记录，不能起草", $"{reason} is recorded by the system when the deadline passes");
        if (reason == "still-unclear" && state.Clarification?.AnsweredOn is null)
            return ("只有在告知补正且申请人已补正后，才能以“补正后申请内容仍不明确”答复（条例第三十条）",
                "still-unclear applies only after a clarification was asked and answered (Art. 30)");
        if (outcome == PartiallyDisclosed)
        {
            if (withheld.Count == 0) return ("部分公开的，须列明不予公开的内容及理由（条例第三十七条）", "a partial disclosure lists what is withheld and why (Art. 37)");
            if (withheld.Any(w => !WithheldReasons.Contains(w.Reason) || string.IsNullOrWhiteSpace(w.Description)))
                return ("每一项不予公开的内容都须写明内容和不予公开的理由",
                    $"each withheld part needs a description and a reason among {string.Join(", ", WithheldReasons)}");
        }
        else if (withheld.Count > 0)
        {
            return ("只有部分公开的答复才列明不予公开的内容", "withheld parts belong only to a partial disclosure");
        }
        return null;
    }
}
