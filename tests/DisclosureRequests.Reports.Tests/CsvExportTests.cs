using CsvHelper;
using DisclosureRequests.Core.Reports.Exports;

namespace DisclosureRequests.Reports.Tests;

public sealed class CsvExportTests
{
    [Fact]
    public void The_csv_prints_the_labels_in_order_and_every_number_of_the_json()
    {
        var report = SampleReport.Create();
        var file = AnnualReportExports.Render(report, "csv");

        var rows = new List<string[]>();
        using (var csv = CsvReader.Create(file.Content, new CsvReaderOptions { HasHeader = false }))
        {
            while (csv.Read())
            {
                rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
            }
        }

        new PrintedSheet(rows).AssertMatches(SampleReport.Json(report));
        Assert.All(rows, row => Assert.Equal(15, row.Length));
        Assert.Equal(("csv", "text/csv; charset=utf-8"), (file.FileExtension, file.ContentType));
    }

    [Fact]
    public void The_csv_starts_with_a_utf8_byte_order_mark_so_that_excel_reads_chinese()
    {
        var content = AnnualReportExports.Render(SampleReport.Create(), "csv").Content;

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, content[..3]);
        Assert.StartsWith("三、收到和处理政府信息公开申请情况", System.Text.Encoding.UTF8.GetString(content[3..]));
    }
}
