namespace DisclosureRequests.Reports;

/// <summary>An outcome row of 三、本年度办理结果 (e.g. "（三）不予公开"), with its reasons in printed order.</summary>
public sealed record OutcomeCategory(string Code, string Label, IReadOnlyList<OutcomeReason> Reasons)
{
    public bool HasReasons => Reasons.Count > 0;
}
