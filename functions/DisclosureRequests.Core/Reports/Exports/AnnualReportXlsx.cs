using DisclosureRequests.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Role = DisclosureRequests.Core.Reports.Exports.ReportGrid.Role;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>
/// The report as one worksheet laid out like the printed format: each section's title, then its table with the
/// format's merged header and label cells, numbers as numbers; below them when it was compiled (Beijing time) and,
/// for a year still running, the provisional marking, which also heads every printed page. It prints on A4 landscape,
/// one page wide, as the HTML page does.
/// </summary>
internal static class AnnualReportXlsx
{
    internal const string SheetName = "年度报告";

    internal static byte[] Render(AnnualReport report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Stylesheet();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            worksheet.Worksheet = Sheet(ReportGrids.Build(report), Notes(report), ReportStamp.Provisional(report));
            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1U, Name = SheetName }));
        }
        return stream.ToArray();
    }

    private static IReadOnlyList<string> Notes(AnnualReport report) =>
        [.. new[] { ReportStamp.Provisional(report), "统计时间：" + ReportStamp.CompiledAt(report) }.OfType<string>()];

    private static Worksheet Sheet(IReadOnlyList<ReportGrid> grids, IReadOnlyList<string> notes, string? provisional)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, Cell>>();
        var merges = new MergeCells();
        var top = 1;
        foreach (var grid in grids)
        {
            Put(rows, top, 0, grid.Title, XlsxStyles.Title);
            merges.Append(Merge(top, 0, 1, grid.Columns));
            foreach (var cell in grid.Cells)
            {
                var row = top + 1 + cell.Row;
                Put(rows, row, cell.Column, cell.Text, StyleOf(cell.Role), numeric: cell.Role is Role.Count or Role.Amount);
                for (var r = row; r < row + cell.RowSpan; r++)
                {
                    for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                    {
                        if (r != row || c != cell.Column)
                        {
                            Put(rows, r, c, null, StyleOf(cell.Role));
                        }
                    }
                }
                if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                {
                    merges.Append(Merge(row, cell.Column, cell.RowSpan, cell.ColumnSpan));
                }
            }
            top += grid.Rows + 2;
        }
        foreach (var note in notes)
        {
            Put(rows, top, 0, note, XlsxStyles.Label);
            merges.Append(Merge(top++, 0, 1, grids.Max(g => g.Columns)));
        }
        var sheetData = new SheetData(rows.Select(row => new Row(row.Value.Values) { RowIndex = (uint)row.Key }));
        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 18, CustomWidth = true },
                new Column { Min = 2U, Max = 2U, Width = 22, CustomWidth = true },
                new Column { Min = 3U, Max = 3U, Width = 44, CustomWidth = true },
                new Column { Min = 4U, Max = 15U, Width = 12, CustomWidth = true }),
            sheetData,
            merges,
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.6, Right = 0.6, Top = 0.8, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = A4, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        if (provisional is not null) sheet.Append(new HeaderFooter(new OddHeader("&C" + provisional)));
        return sheet;
    }

    /// <summary>SpreadsheetML's paper size code for A4.</summary>
    private const uint A4 = 9;

    private static void Put(
        SortedDictionary<int, SortedDictionary<int, Cell>> rows, int row, int column, string? text, uint style, bool numeric = false)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            rows[row] = cells = [];
        }
        var cell = new Cell { CellReference = Reference(row, column), StyleIndex = style };
        if (text is not null && numeric)
        {
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(text);
        }
        else if (text is not null)
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text));
        }
        cells[column] = cell;
    }

    private static MergeCell Merge(int row, int column, int rowSpan, int columnSpan) =>
        new() { Reference = $"{Reference(row, column)}:{Reference(row + rowSpan - 1, column + columnSpan - 1)}" };

    private static uint StyleOf(Role role) => role switch
    {
        Role.Header => XlsxStyles.Header,
        Role.Label => XlsxStyles.Label,
        Role.Count => XlsxStyles.Count,
        _ => XlsxStyles.Amount,
    };

    internal static string Reference(int row, int column) => $"{ColumnName(column)}{row}";

    private static string ColumnName(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);
}
