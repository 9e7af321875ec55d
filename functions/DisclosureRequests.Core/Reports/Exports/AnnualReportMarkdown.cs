using System.Globalization;
using System.Text;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>
/// The report as Markdown: each section a heading and a pipe table, its rows in printed order, a label line
/// without numbers where the format groups rows under a heading (三、本年度办理结果, （三）不予公开 …).
/// </summary>
internal static class AnnualReportMarkdown
{
    internal static byte[] Render(AnnualReport report, string? publisher)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(AnnualReportExports.Heading(report, publisher))).AppendLine();
        if (ReportStamp.Provisional(report) is { } provisional) md.Append("**").Append(Escape(provisional)).AppendLine("**").AppendLine();

        md.Append("## ").AppendLine(ReportTable.Section3Title).AppendLine();
        Row(md, [ReportTable.ApplicantsHeader, .. ReportLines.ColumnLabels]);
        Row(md, ["---", .. ReportLines.ColumnLabels.Select(_ => "---:")]);
        var empty = ReportLines.ColumnLabels.Select(_ => "").ToArray();
        ReportLine? previous = null;
        foreach (var line in ReportLines.Section3(report))
        {
            if (line.Outcome is not null && line.Item != previous?.Item)
            {
                Row(md, [line.Item, .. empty]);
            }
            if (line.Reason is not null && line.Outcome != previous?.Outcome)
            {
                Row(md, [line.Outcome!, .. empty]);
            }
            Row(md, [line.Label, .. line.Numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))]);
            previous = line;
        }

        md.AppendLine().Append("## ").AppendLine(ReportTable.Section4Title).AppendLine();
        Row(md, ReportLines.Section4Columns.Select(c => string.Join(" · ", new[] { c.Group, c.Route, c.Result }.OfType<string>())));
        Row(md, ReportLines.Section4Columns.Select(_ => "---:"));
        Row(md, report.ReviewAndLitigation.InPrintedOrder.Select(n => n.ToString(CultureInfo.InvariantCulture)));

        md.AppendLine().Append("## ").AppendLine(ReportTable.Section6Title).AppendLine();
        md.Append(ReportTable.FeesLabel).Append('：').AppendLine(ReportLines.Fees(report));
        md.AppendLine().Append("统计时间：").AppendLine(ReportStamp.CompiledAt(report));
        return Encoding.UTF8.GetBytes(md.ToString());
    }

    private static void Row(StringBuilder md, IEnumerable<string> cells) =>
        md.Append("| ").AppendJoin(" | ", cells.Select(Escape)).AppendLine(" |");

    // Backslash-escapes the ASCII punctuation Markdown would read as markup, so any text prints as written.
    private static string Escape(string text) =>
        string.Concat(text.Select(c => c switch
        {
            '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '&' => $"\\{c}",
            '\r' or '\n' => " ",
            _ => c.ToString(),
        }));
}
