using System.Globalization;
using DisclosureRequests.Core.Reports.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace DisclosureRequests.Reports.Tests;

public sealed class SpreadsheetExportTests
{
    private static (Dictionary<string, Cell> Cells, HashSet<string> Merges) Open(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        Assert.Equal("年度报告", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        return (
            worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (Cell)c.CloneNode(true)),
            [.. worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)]);
    }

    private static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";

    private static List<string[]> Rows(Dictionary<string, Cell> cells)
    {
        var last = cells.Keys.Max(RowOf);
        return [.. Enumerable.Range(1, last).Select(row =>
            Enumerable.Range(0, 15).Select(c => cells.TryGetValue($"{(char)('A' + c)}{row}", out var cell) ? Text(cell) : "").ToArray())];
    }

    private static int RowOf(string reference) => int.Parse(string.Concat(reference.SkipWhile(char.IsLetter)), CultureInfo.InvariantCulture);

    [Fact]
    public void The_spreadsheet_prints_the_labels_in_order_and_every_number_of_the_json()
    {
        var report = SampleReport.Create();
        var file = AnnualReportExports.Render(report, "xlsx");

        var (cells, _) = Open(file.Content);

        new PrintedSheet(Rows(cells)).AssertMatches(SampleReport.Json(report));
        Assert.Equal("xlsx", file.FileExtension);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
    }

    [Fact]
    public void The_spreadsheet_merges_the_header_and_group_cells_as_the_format_prints_them()
    {
        var (cells, merges) = Open(AnnualReportExports.Render(SampleReport.Create(), "xlsx").Content);

        Assert.Equal("三、收到和处理政府信息公开申请情况", Text(cells["A1"]));
        Assert.Superset(
            new HashSet<string> { "A1:J1", "A2:C4", "D2:J2", "D3:D4", "E3:I3", "J3:J4", "A5:C5", "A7:A28", "B7:C7", "B9:B16", "B17:B19", "B20:B24", "B25:B27", "B28:C28", "A29:C29" },
            merges);
        Assert.Equal("法人或其他组织", Text(cells["E3"]));
        Assert.Equal("（七）总计", Text(cells["B28"]));
    }

    [Fact]
    public void The_spreadsheet_stores_counts_and_the_fee_total_as_numbers()
    {
        var (cells, _) = Open(AnnualReportExports.Render(SampleReport.Create(), "xlsx").Content);

        Assert.Equal(CellValues.Number, cells["D5"].DataType!.Value);
        Assert.Equal(CellValues.Number, cells["J29"].DataType!.Value);
        var fee = cells.Values.Single(c => c.CellValue?.Text == "12345.60");
        Assert.Equal(CellValues.Number, fee.DataType!.Value);
    }

    [Fact]
    public void The_spreadsheet_is_valid_open_xml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(AnnualReportExports.Render(SampleReport.Create(), "xlsx").Content), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }
}
