namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>
/// A numbered line of section 三 with the labels above it: the item (一 to 四), the outcome (（一） to （七）)
/// and the reason (1. …), each null where the line has none; the numbers are the applicant columns and 总计.
/// </summary>
internal sealed record ReportLine(string Item, string? Outcome, string? Reason, IReadOnlyList<int> Numbers)
{
    public string Label => Reason ?? Outcome ?? Item;
}
