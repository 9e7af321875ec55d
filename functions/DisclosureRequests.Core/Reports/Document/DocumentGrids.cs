using System.Globalization;
using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Reports;
using Cell = DisclosureRequests.Core.Reports.Exports.ReportGrid.Cell;
using Role = DisclosureRequests.Core.Reports.Exports.ReportGrid.Role;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>The table of section 二 in the national layout: four blocks, one per item of Art. 20, each under its own header.</summary>
internal static class DocumentGrids
{
    internal const string ContentHeader = "信息内容";
    internal const string DecisionsHeader = "本年处理决定数量";

    internal static ReportGrid Section2(ProactiveDisclosure figures)
    {
        var cells = new List<Cell>();
        var row = 0;
        cells.Add(new(row++, 0, "第二十条第（一）项", Role.Header, ColumnSpan: 4));
        cells.AddRange([
            new(row, 0, ContentHeader, Role.Header), new(row, 1, "本年制发件数", Role.Header),
            new(row, 2, "本年废止件数", Role.Header), new(row++, 3, "现行有效件数", Role.Header)]);
        foreach (var (label, counts) in new[] { ("规章", figures.Rules), ("行政规范性文件", figures.NormativeDocuments) })
        {
            cells.AddRange([
                new(row, 0, label, Role.Label), new(row, 1, Count(counts.Made), Role.Count),
                new(row, 2, Count(counts.Repealed), Role.Count), new(row++, 3, Count(counts.InForce), Role.Count)]);
        }
        Block(cells, ref row, "第二十条第（五）项", DecisionsHeader, [("行政许可", Count(figures.Licensing), Role.Count)]);
        Block(cells, ref row, "第二十条第（六）项", DecisionsHeader,
            [("行政处罚", Count(figures.Penalties), Role.Count), ("行政强制", Count(figures.Enforcement), Role.Count)]);
        Block(cells, ref row, "第二十条第（八）项", "本年收费金额（单位：万元）",
            [("行政事业性收费", figures.FeesTenThousandYuan.ToString("0.####", CultureInfo.InvariantCulture), Role.Amount)]);
        return new ReportGrid(DocumentSections.ProactiveDisclosure, 4, cells);
    }

    /// <summary>The fee line of section 六 as the compile counted it.</summary>
    internal static ReportGrid Fees(AnnualReport report) => ReportGrids.Build(report)[2];

    private static void Block(List<Cell> cells, ref int row, string item, string header, IReadOnlyList<(string Label, string Value, Role Role)> lines)
    {
        cells.Add(new(row++, 0, item, Role.Header, ColumnSpan: 4));
        cells.Add(new(row, 0, ContentHeader, Role.Header));
        cells.Add(new(row++, 1, header, Role.Header, ColumnSpan: 3));
        foreach (var (label, value, role) in lines)
        {
            cells.Add(new(row, 0, label, Role.Label));
            cells.Add(new(row++, 1, value, role, ColumnSpan: 3));
        }
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
