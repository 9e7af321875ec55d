namespace DisclosureRequests.Reports;

/// <summary>
/// What an <see cref="AnnualReportCompiler"/> has counted so far, as plain data, so a compile that reads its cases a
/// chunk at a time can carry its counts between chunks (and across a crash) instead of reading from the start again.
/// The arrays are in the column orders of <see cref="ReportTable"/>; <see cref="Outcomes"/> has one row per outcome row.
/// </summary>
public sealed record AnnualReportTally(
    int[] Received,
    int[] CarriedOver,
    int[] CarriedForward,
    int[][] Outcomes,
    int[] Reconsideration,
    int[] LitigationDirect,
    int[] LitigationAfterReconsideration,
    decimal Fees,
    MalformedCase[] Malformed)
{
    /// <summary>Nothing counted yet (the same for every year: an empty compiler's tally).</summary>
    public static AnnualReportTally Empty => new AnnualReportCompiler(DateOnly.MinValue.Year).Tally();
}
