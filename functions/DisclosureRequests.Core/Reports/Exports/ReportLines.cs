using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>The lines of section 三 in printed order, with their labels from <see cref="ReportTable"/>.</summary>
internal static class ReportLines
{
    internal static IReadOnlyList<string> ColumnLabels { get; } =
        [.. ReportTable.ApplicantTypes.Select(a => a.Label), ReportTable.TotalLabel];

    internal static IReadOnlyList<ReportLine> Section3(AnnualReport report)
    {
        var lines = new List<ReportLine>
        {
            new(ReportTable.ReceivedLabel, null, null, Numbers(report.Received)),
            new(ReportTable.CarriedOverLabel, null, null, Numbers(report.CarriedOver)),
        };
        lines.AddRange(ReportTable.OutcomeRows.Select((row, i) =>
            new ReportLine(ReportTable.ResultsLabel, row.Category.Label, row.Reason?.Label, Numbers(report.Outcomes.Rows[i]))));
        lines.Add(new(ReportTable.ResultsLabel, ReportTable.ResultsTotalLabel, null, Numbers(report.Total)));
        lines.Add(new(ReportTable.CarriedForwardLabel, null, null, Numbers(report.CarriedForward)));
        return lines;
    }

    /// <summary>The labels of the 15 numbers of section 四, as (group, route, result).</summary>
    internal static IReadOnlyList<(string Group, string? Route, string Result)> Section4Columns { get; } =
    [
        .. ResultsOf(ReportTable.ReconsiderationLabel, null),
        .. ResultsOf(ReportTable.LitigationLabel, ReportTable.LitigationDirectLabel),
        .. ResultsOf(ReportTable.LitigationLabel, ReportTable.LitigationAfterReconsiderationLabel),
    ];

    internal static string Fees(AnnualReport report) =>
        report.FeesCollected.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<(string, string?, string)> ResultsOf(string group, string? route) =>
        ReportTable.ReviewResults.Select(r => r.Label).Append(ReportTable.TotalLabel).Select(label => (group, route, label));

    private static int[] Numbers(ApplicantCounts counts) => [.. counts.Columns, counts.Total];
}
