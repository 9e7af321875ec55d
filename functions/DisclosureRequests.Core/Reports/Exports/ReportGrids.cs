using System.Globalization;
using DisclosureRequests.Reports;
using Cell = DisclosureRequests.Core.Reports.Exports.ReportGrid.Cell;
using Role = DisclosureRequests.Core.Reports.Exports.ReportGrid.Role;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>Lays the report out as the tables of the 2021 format: section 三, section 四, and the fee line of 六.</summary>
internal static class ReportGrids
{
    internal static IReadOnlyList<ReportGrid> Build(AnnualReport report) =>
        [Section3(report), Section4(report), Section6(report)];

    private static ReportGrid Section3(AnnualReport report)
    {
        var organizations = ReportTable.ApplicantTypes.Where(a => a.IsOrganization).ToList();
        var cells = new List<Cell>
        {
            new(0, 0, ReportTable.BalanceNote, Role.Header, RowSpan: 3, ColumnSpan: 3),
            new(0, 3, ReportTable.ApplicantsHeader, Role.Header, ColumnSpan: 7),
            new(1, 3, ReportTable.ApplicantTypes[0].Label, Role.Header, RowSpan: 2),
            new(1, 4, ReportTable.OrganizationsHeader, Role.Header, ColumnSpan: organizations.Count),
            new(1, 4 + organizations.Count, ReportTable.TotalLabel, Role.Header, RowSpan: 2),
        };
        cells.AddRange(organizations.Select((o, i) => new Cell(2, 4 + i, o.Label, Role.Header)));

        var lines = ReportLines.Section3(report);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, row) = (lines[i], 3 + i);
            if (line.Outcome is null)
            {
                cells.Add(new(row, 0, line.Item, Role.Label, ColumnSpan: 3));
            }
            else
            {
                if (i == 0 || lines[i - 1].Item != line.Item)
                {
                    cells.Add(new(row, 0, line.Item, Role.Label, RowSpan: lines.Skip(i).TakeWhile(l => l.Item == line.Item).Count()));
                }
                if (line.Reason is null)
                {
                    cells.Add(new(row, 1, line.Outcome, Role.Label, ColumnSpan: 2));
                }
                else
                {
                    if (lines[i - 1].Outcome != line.Outcome)
                    {
                        cells.Add(new(row, 1, line.Outcome, Role.Label, RowSpan: lines.Skip(i).TakeWhile(l => l.Outcome == line.Outcome).Count()));
                    }
                    cells.Add(new(row, 2, line.Reason, Role.Label));
                }
            }
            cells.AddRange(line.Numbers.Select((n, c) => new Cell(row, 3 + c, Count(n), Role.Count)));
        }
        return new ReportGrid(ReportTable.Section3Title, 10, cells);
    }

    private static ReportGrid Section4(AnnualReport report)
    {
        var results = ReportTable.ReviewResults.Select(r => r.Label).Append(ReportTable.TotalLabel).ToList();
        var cells = new List<Cell>
        {
            new(0, 0, ReportTable.ReconsiderationLabel, Role.Header, ColumnSpan: 5),
            new(0, 5, ReportTable.LitigationLabel, Role.Header, ColumnSpan: 10),
            new(1, 5, ReportTable.LitigationDirectLabel, Role.Header, ColumnSpan: 5),
            new(1, 10, ReportTable.LitigationAfterReconsiderationLabel, Role.Header, ColumnSpan: 5),
        };
        cells.AddRange(results.Select((r, i) => new Cell(1, i, r, Role.Header, RowSpan: 2)));
        cells.AddRange(results.Select((r, i) => new Cell(2, 5 + i, r, Role.Header)));
        cells.AddRange(results.Select((r, i) => new Cell(2, 10 + i, r, Role.Header)));
        cells.AddRange(report.ReviewAndLitigation.InPrintedOrder.Select((n, i) => new Cell(3, i, Count(n), Role.Count)));
        return new ReportGrid(ReportTable.Section4Title, 15, cells);
    }

    private static ReportGrid Section6(AnnualReport report) =>
        new(ReportTable.Section6Title, 4,
        [
            new(0, 0, ReportTable.FeesLabel, Role.Label, ColumnSpan: 3),
            new(0, 3, ReportLines.Fees(report), Role.Amount),
        ]);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
