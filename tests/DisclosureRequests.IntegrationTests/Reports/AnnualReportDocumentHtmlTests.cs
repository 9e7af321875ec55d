using System.Net.Http.Json;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>The report as a web page, with the administrator's own text of section 一 in place of the draft.</summary>
public sealed class AnnualReportDocumentHtmlTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private const string Document = "/api/reports/annual/2025/document";

    private HttpClient Admin { get; } = app.Client().As("admin@agency.gov.cn", Roles.Administrator);

    [Fact]
    public async Task The_html_page_carries_the_heading_the_six_sections_and_the_edited_text()
    {
        await Admin.CompileAsync(2025);
        await Admin.PutAsJsonAsync(Document, new { proactiveDisclosure = AnnualReportDocumentTests.Figures, overview = "本机关自行撰写的总体情况。", problemsAndImprovements = "问题与改进。" });

        var html = await Admin.GetStringAsync($"{Document}?format=html");

        Assert.Contains("<h1>2025年政府信息公开工作年度报告</h1>", html);
        var positions = DocumentSections.All.Select(title => html.IndexOf($"<h2>{title}</h2>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<p>本机关自行撰写的总体情况。</p>", html);
        Assert.Contains("colspan=\"3\"", html);
    }
}
