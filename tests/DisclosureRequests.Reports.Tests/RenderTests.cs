using System.Text.Json;
using DisclosureRequests.Core.Reports.Exports;

namespace DisclosureRequests.Reports.Tests;

public sealed class RenderTests
{
    [Fact]
    public void An_unsupported_format_is_refused_with_the_list_of_supported_ones()
    {
        var refusal = Assert.Throws<ArgumentException>(() => AnnualReportExports.Render(SampleReport.Create(), "pdf"));

        Assert.Equal("format", refusal.ParamName);
        Assert.Contains("json, csv, xlsx, md, html", refusal.Message);
    }

    [Fact]
    public void Format_names_are_matched_without_regard_to_case()
    {
        Assert.Equal("xlsx", AnnualReportExports.Render(SampleReport.Create(), "XLSX").FileExtension);
    }

    [Fact]
    public void The_json_export_is_the_contract_json_of_the_report()
    {
        var report = SampleReport.Create();
        var file = AnnualReportExports.Render(report, "json");

        var back = JsonSerializer.Deserialize<AnnualReport>(file.Content, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(report, back);
        Assert.Equal(("json", "application/json; charset=utf-8"), (file.FileExtension, file.ContentType));
        Assert.Equal("annual-report-2024.json", file.FileNameFor(report.Year));
    }
}
