using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using static DisclosureRequests.IntegrationTests.Reports.StatisticsFixtures;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>Who changed the report and when, publication refused until it is complete, and versions frozen once published.</summary>
public sealed class AnnualReportVersionTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private const string Document = "/api/reports/annual/2024/document";

    private static object PartsWith(string problems) => new { proactiveDisclosure = AnnualReportDocumentTests.Figures, problemsAndImprovements = problems };

    [Fact]
    public async Task Each_change_is_kept_with_who_made_it_and_when_a_stale_if_match_is_refused_and_a_new_compile_makes_a_new_draft_version()
    {
        var first = app.Client().As("admin@agency.gov.cn", Roles.Administrator);
        var second = app.Client().As("deputy@agency.gov.cn", Roles.Administrator);
        using (var before = await first.GetAsync(Document)) Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        await app.Services.CommitCaseAsync("natural-person", new DateOnly(2024, 4, 1), Concluded("disclosed", null, new DateOnly(2024, 4, 10)));
        await first.CompileAsync(2024);

        using (var incomplete = await first.PostAsync($"{Document}/publication", null))
        {
            var problem = await incomplete.ReadJsonAsync();
            Assert.Equal(HttpStatusCode.Conflict, incomplete.StatusCode);
            Assert.Equal("urn:disclosure-requests:problem:report-incomplete", problem.GetProperty("type").GetString());
            Assert.Contains("problemsAndImprovements", problem.GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await first.PutAsJsonAsync(Document, PartsWith("第一稿"))).StatusCode);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await second.PutAsJsonAsync(Document, PartsWith("第二稿"))).StatusCode);
        using var stale = new HttpRequestMessage(HttpMethod.Put, Document) { Content = JsonContent.Create(PartsWith("过时的修改")) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        using (var refused = await first.SendAsync(stale)) Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);

        var document = await (await first.GetAsync(Document)).ReadJsonAsync();
        Assert.Equal("第二稿", document.GetProperty("problemsAndImprovements").GetString());
        var changes = document.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("revision").GetInt32(), c.GetProperty("by").GetString())).ToList();
        Assert.Equal([(1, "admin@agency.gov.cn"), (2, "deputy@agency.gov.cn")], changes);
        Assert.True(document.GetProperty("changes")[1].GetProperty("at").GetDateTimeOffset() > document.GetProperty("changes")[0].GetProperty("at").GetDateTimeOffset());

        using (var published = await first.PostAsync($"{Document}/publication", null)) Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        using (var again = await first.PostAsync($"{Document}/publication", null))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(1, (await again.ReadJsonAsync()).GetProperty("version").GetInt32());
        }

        // A case recorded late, then a new compile: the published version stays as it was, the next one is a draft.
        await app.Services.CommitCaseAsync("commercial-enterprise", new DateOnly(2024, 9, 2), Concluded("disclosed", null, new DateOnly(2024, 9, 20)));
        app.Time.Advance(TimeSpan.FromMinutes(5));
        await first.CompileAsync(2024);
        var redrafted = await (await first.GetAsync(Document)).ReadJsonAsync();
        Assert.Equal(("draft", 2), (redrafted.GetProperty("state").GetString(), redrafted.GetProperty("version").GetInt32()));
        Assert.Equal(2, redrafted.GetProperty("statistics").GetProperty("received").GetProperty("total").GetInt32());
        var frozen = await (await first.GetAsync($"{Document}?version=1")).ReadJsonAsync();
        Assert.Equal(("published", 1), (frozen.GetProperty("state").GetString(), frozen.GetProperty("version").GetInt32()));
        Assert.Equal(1, frozen.GetProperty("statistics").GetProperty("received").GetProperty("total").GetInt32());
        using (var docx = await first.GetAsync($"{Document}?version=1&format=docx")) Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var missing = await first.GetAsync($"{Document}?version=3")) Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var republished = await first.PostAsync($"{Document}/publication", null);
        Assert.Equal(HttpStatusCode.Created, republished.StatusCode);
        Assert.Equal(2, (await republished.ReadJsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_report_of_a_year_not_yet_over_is_not_published_and_bad_figures_are_refused_field_by_field()
    {
        var admin = app.Client().As("admin@agency.gov.cn", Roles.Administrator);
        await admin.CompileAsync(2026);

        using (var early = await admin.PostAsync("/api/reports/annual/2026/document/publication", null))
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        using var bad = await admin.PutAsJsonAsync("/api/reports/annual/2026/document", new
        {
            proactiveDisclosure = new
            {
                rules = new { made = -1, repealed = 0, inForce = 0 },
                normativeDocuments = new { made = 0, repealed = 0, inForce = 0 },
                licensing = 0, penalties = 0, enforcement = 0, feesTenThousandYuan = -2m,
            },
        });
        var problem = await bad.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["proactiveDisclosure.rules.made", "proactiveDisclosure.feesTenThousandYuan"], fields);
    }
}
