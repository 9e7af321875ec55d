using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Imports;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;
using static DisclosureRequests.IntegrationTests.Imports.PastCases;
using static DisclosureRequests.IntegrationTests.Reports.StatisticsFixtures;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>The whole annual report of 2025: drafted from the figures, edited, published, and read back from the Word document.</summary>
public sealed class AnnualReportDocumentTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private const string Document = "/api/reports/annual/2025/document";

    internal static readonly object Figures = new
    {
        rules = new { made = 2, repealed = 1, inForce = 17 },
        normativeDocuments = new { made = 12, repealed = 3, inForce = 86 },
        licensing = 4321,
        penalties = 215,
        enforcement = 9,
        feesTenThousandYuan = 12.35m,
    };

    private static readonly object Parts = new
    {
        proactiveDisclosure = Figures,
        problemsAndImprovements = "一是部分申请答复说理不够充分。\n二是依申请公开与主动公开衔接不够紧密。下一步将加强培训。",
        otherMatters = "本机关无其他需要报告的事项。",
    };

    private HttpClient Admin { get; } = app.Client().As("admin@agency.gov.cn", Roles.Administrator);

    [Fact]
    public async Task A_published_report_reads_back_from_word_with_the_six_sections_in_order_and_the_tables_of_the_json()
    {
        await SeedYearAsync();
        await Admin.CompileAsync(2025);

        using var current = await Admin.GetAsync(Document);
        var draft = await current.ReadJsonAsync();
        Assert.True(current.StatusCode == HttpStatusCode.OK, draft.ToString());
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        Assert.Equal(1, draft.GetProperty("version").GetInt32());
        Assert.False(draft.GetProperty("overviewEdited").GetBoolean());
        var overview = draft.GetProperty("overview").GetString()!;
        Assert.Contains("2025年，本机关新收政府信息公开申请3件，上年结转1件，本年度办结3件，结转下年度继续办理1件。", overview);
        Assert.Contains("作出答复3件，其中在法定期限内答复2件，占答复总数的66.7%。", overview);
        Assert.Contains("行政复议1件（结果维持0件，结果纠正1件，其他结果0件，尚未审结0件）", overview);

        using var put = new HttpRequestMessage(HttpMethod.Put, Document) { Content = JsonContent.Create(Parts) };
        put.Headers.IfMatch.Add(current.Headers.ETag!);
        using var saved = await Admin.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var publication = await Admin.PostAsync($"{Document}/publication", null);
        var published = await publication.ReadJsonAsync();
        Assert.True(publication.StatusCode == HttpStatusCode.Created, published.ToString());
        Assert.Equal(("published", 1), (published.GetProperty("state").GetString(), published.GetProperty("version").GetInt32()));

        var word = ReportDocumentReading.Open(await Admin.GetByteArrayAsync($"{Document}?format=docx&version=1"));
        var json = await GetJsonAsync($"{Document}?format=json&version=1");
        var statistics = json.GetProperty("statistics");

        Assert.Equal("2025年政府信息公开工作年度报告", word.Title);
        Assert.Equal(DocumentSections.All, word.Headings);
        Assert.Equal((11906U, 16838U), (word.PageSize.Width!.Value, word.PageSize.Height!.Value));
        Assert.Equal(4, word.Tables.Count);

        var section2 = word.Tables[0];
        Assert.Equal(["规章", "2", "1", "17"], section2.Single(r => r[0] == "规章"));
        Assert.Equal(["行政规范性文件", "12", "3", "86"], section2.Single(r => r[0] == "行政规范性文件"));
        Assert.Equal(["行政许可", "4321"], section2.Single(r => r[0] == "行政许可"));
        Assert.Equal(["行政处罚", "215"], section2.Single(r => r[0] == "行政处罚"));
        Assert.Equal(["行政强制", "9"], section2.Single(r => r[0] == "行政强制"));
        Assert.Equal(["行政事业性收费", "12.35"], section2.Single(r => r[0] == "行政事业性收费"));

        var section3 = word.Tables[1].Skip(3).Select(r => r.TakeLast(7).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(ReportDocumentReading.Section3Rows(statistics).ToList(), section3);

        var remedies = statistics.GetProperty("reviewAndLitigation");
        int[] Counts(JsonElement group) => [.. new[] { "upheld", "corrected", "other", "pending", "total" }.Select(k => group.GetProperty(k).GetInt32())];
        int[] expected = [.. Counts(remedies.GetProperty("reconsideration")), .. Counts(remedies.GetProperty("litigation").GetProperty("direct")),
            .. Counts(remedies.GetProperty("litigation").GetProperty("after-reconsideration"))];
        Assert.Equal(expected, word.Tables[2][3].Select(c => int.Parse(c, CultureInfo.InvariantCulture)));

        Assert.Equal(statistics.GetProperty("feesCollected").GetDecimal().ToString("0.00", CultureInfo.InvariantCulture), word.Tables[3][0].Last());
        Assert.Equal(80.00m, statistics.GetProperty("feesCollected").GetDecimal());
    }

    private async Task SeedYearAsync()
    {
        var (status, answer) = await Admin.ImportCsvAsync(Csv([
            Row("D-1", "2024-12-20", "natural-person", "disclosed", closedOn: "2025-01-06"),
            Row("D-2", "2025-03-03", "commercial-enterprise", "withheld", "state-secret", "2025-06-30", reconsideration: "corrected", fee: "80"),
            Row("D-3", "2025-12-29", "natural-person"),
        ]));
        Assert.True(status == HttpStatusCode.OK, answer.ToString());
        await app.Services.CommitCaseAsync("research-institution", new DateOnly(2025, 5, 6), Concluded("unavailable", "not-held", new DateOnly(2025, 5, 20)));
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Admin.GetAsync(url);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        return json;
    }
}
