namespace DisclosureRequests.Reports;

/// <summary>
/// A row that carries numbers under 三、本年度办理结果: an outcome without reasons, or one reason of an outcome.
/// </summary>
public sealed record OutcomeRow(OutcomeCategory Category, OutcomeReason? Reason)
{
    public string Outcome => Category.Code;

    public string Label => Reason?.Label ?? Category.Label;
}
