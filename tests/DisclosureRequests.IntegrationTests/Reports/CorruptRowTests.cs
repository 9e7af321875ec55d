using System.Net;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>A row the report cannot count stops the compile, is named, and leaves the published report as it was.</summary>
public sealed class CorruptRowTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task A_row_that_cannot_be_counted_is_named_in_a_422_and_the_previous_report_is_still_served()
    {
        var admin = app.Client().As("admin", Roles.Administrator);
        await app.Services.CommitCaseAsync("natural-person", new DateOnly(2025, 4, 1), StatisticsFixtures.Concluded("disclosed", null, new DateOnly(2025, 4, 20)));
        var published = await admin.CompileAsync(2025);
        var table = app.Storage.Table(StorageNames.CaseStatisticsTable);
        var unknownType = CaseStatisticsRows.Entity(new CaseStatisticsRecord(
            "unknown-type-case", "individual", new DateOnly(2025, 6, 1), null, null, null, 0m, null, null, null, null, null, null));
        await table.AddEntityAsync(unknownType);
        var badDate = CaseStatisticsRows.Entity(new CaseStatisticsRecord(
            "bad-date-case", "natural-person", new DateOnly(2025, 6, 2), null, null, null, 0m, null, null, null, null, null, null));
        badDate[CaseStatisticsRows.ConcludedOn] = "2025-13-01";
        await table.AddEntityAsync(badDate);

        app.Time.Advance(TimeSpan.FromHours(1));

        using var refused = await admin.PostAsync("/api/reports/annual/2025", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.ReadJsonAsync();
        Assert.Equal("urn:disclosure-requests:problem:report-does-not-balance", problem.GetProperty("type").GetString());
        Assert.Equal(["bad-date-case", "unknown-type-case"], problem.GetProperty("caseIds").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Contains("unknown applicant type 'individual'", problem.GetProperty("detail").GetString());
        var served = await (await admin.GetAsync("/api/reports/annual/2025?format=json")).ReadJsonAsync();
        Assert.Equal(published.GetProperty("compiledAt").GetString(), served.GetProperty("compiledAt").GetString());
        Assert.Equal(1, served.GetProperty("received").GetProperty("total").GetInt32());
        var status = await (await admin.GetAsync("/api/reports/annual/2025/status")).ReadJsonAsync();
        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.Equal(published.GetProperty("compiledAt").GetString(), status.GetProperty("reportCompiledAt").GetString());
    }
}
