namespace DisclosureRequests.Reports;

/// <summary>An outcome row of 三、本年度办理结果 (e.g. "（三）不予公开"), with its reasons in printed order.</summary>
public sealed record OutcomeCategory(string Code, string Label, IReadOnlyList<OutcomeReason> Reasons)
{
    public bool HasReasons => Reasons.Count > 0;

    /// <summary>
    /// Reasons that word the reply differently but have no row of their own: a case answered with one counts in the
    /// outcome's row (e.g. information already public, Art. 36(1), counts under （一）予以公开 as a plain disclosure).
    /// </summary>
    public IReadOnlyList<OutcomeReason> Variants { get; init; } = [];
}
