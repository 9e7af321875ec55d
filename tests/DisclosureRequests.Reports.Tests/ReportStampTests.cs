using System.Text;
using DisclosureRequests.Core.Reports.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DisclosureRequests.Reports.Tests;

/// <summary>Exports say when they were compiled in Beijing time, and a year still running is marked provisional (截至…).</summary>
public sealed class ReportStampTests
{
    private static readonly AnnualReport Provisional = SampleReport.Create() with
    {
        Year = 2026,
        CompiledAt = new DateTimeOffset(2026, 11, 30, 2, 15, 0, TimeSpan.Zero),
    };

    // 16:30 UTC on 31 December is already 1 January in Beijing: the year has ended.
    private static readonly AnnualReport Final = SampleReport.Create() with
    {
        Year = 2025,
        CompiledAt = new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero),
    };

    private static string Text(AnnualReport report, string format) => Encoding.UTF8.GetString(AnnualReportExports.Render(report, format).Content);

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    [InlineData("xlsx")]
    public void A_report_compiled_before_its_year_ended_is_marked_provisional_up_to_that_day(string format)
    {
        var printed = format == "xlsx" ? SheetText(Provisional) : Text(Provisional, format);

        Assert.Contains("截至2026年11月30日（2026年度尚未结束，本报告数据为临时统计，不是年度最终数据）", printed);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    [InlineData("xlsx")]
    public void The_compile_time_is_shown_in_Beijing_time_and_a_report_compiled_after_the_year_is_not_provisional(string format)
    {
        var printed = format == "xlsx" ? SheetText(Final) : Text(Final, format);

        Assert.Contains("统计时间：2026年1月1日 00:30（北京时间）", printed);
        Assert.DoesNotContain("截至", printed);
    }

    [Fact]
    public void The_spreadsheet_prints_on_A4_landscape_one_page_wide_with_the_provisional_marking_on_every_page()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(AnnualReportExports.Render(Provisional, "xlsx").Content), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var setup = worksheet.Descendants<PageSetup>().Single();

        Assert.Equal(9U, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1U, setup.FitToWidth!.Value);
        Assert.True(worksheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
        Assert.Contains("截至2026年11月30日", worksheet.Descendants<OddHeader>().Single().Text);
    }

    [Fact]
    public void The_html_page_prints_on_A4_landscape_like_the_spreadsheet() =>
        Assert.Contains("@page { size: A4 landscape;", Text(Final, "html"));

    private static string SheetText(AnnualReport report)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(AnnualReportExports.Render(report, "xlsx").Content), false);
        return string.Join('\n', document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Select(c => c.InnerText));
    }
}
