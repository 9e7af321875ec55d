using System.Net;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using static DisclosureRequests.IntegrationTests.Imports.PastCases;
using static DisclosureRequests.IntegrationTests.Reports.StatisticsFixtures;

namespace DisclosureRequests.IntegrationTests.Imports;

/// <summary>An agency's year, partly imported and partly handled here, compiled into one table counted by hand.</summary>
public sealed class ImportedYearReportTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task Imported_and_handled_cases_of_a_year_compile_to_the_table_counted_by_hand()
    {
        var admin = app.Client().As("admin", Roles.Administrator);
        var (status, answer) = await admin.ImportCsvAsync(Csv([
            Row("Y-1", "2024-11-05", "natural-person", "disclosed", closedOn: "2025-01-10"),
            Row("Y-2", "2025-02-03", "commercial-enterprise", "partially-disclosed", "state-secret", "2025-03-01", fee: "120.50"),
            Row("Y-3", "2025-03-03", "research-institution", "withheld", "third-party-rights", "2025-04-01",
                reconsideration: "corrected", litigation: "pending", route: "after-reconsideration"),
            Row("Y-4", "2025-05-06", "other-organization", "other", "clarification-lapsed", "2025-06-10"),
            Row("Y-5", "2025-11-20", "natural-person"),
            Row("Y-6", "2024-06-01", "legal-services-organization", "disclosed", closedOn: "2024-07-01"),
        ]));
        Assert.True(status == HttpStatusCode.OK, answer.ToString());
        await app.Services.CommitCaseAsync("natural-person", new DateOnly(2025, 6, 2), Concluded("disclosed", null, new DateOnly(2025, 6, 20)));
        await app.Services.CommitCaseAsync("public-interest-organization", new DateOnly(2025, 12, 30));

        var report = await admin.CompileAsync(2025);

        //                                        np ce ri pio lso oo total
        Assert.Equal([2, 1, 1, 1, 0, 1, 6], report.GetProperty("received").Row());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], report.GetProperty("carriedOver").Row());
        var outcomes = report.GetProperty("outcomes");
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], outcomes.GetProperty("disclosed").Row());
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], outcomes.GetProperty("partially-disclosed").Row());
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], outcomes.GetProperty("withheld").GetProperty("third-party-rights").Row());
        Assert.Equal([0, 0, 0, 0, 0, 1, 1], outcomes.GetProperty("other").GetProperty("clarification-lapsed").Row());
        Assert.Equal([2, 1, 1, 0, 0, 1, 5], report.GetProperty("total").Row());
        Assert.Equal([1, 0, 0, 1, 0, 0, 2], report.GetProperty("carriedForward").Row());
        var remedies = report.GetProperty("reviewAndLitigation");
        Assert.Equal(1, remedies.GetProperty("reconsideration").GetProperty("corrected").GetInt32());
        Assert.Equal(1, remedies.GetProperty("reconsideration").GetProperty("total").GetInt32());
        Assert.Equal(1, remedies.GetProperty("litigation").GetProperty("after-reconsideration").GetProperty("pending").GetInt32());
        Assert.Equal(0, remedies.GetProperty("litigation").GetProperty("direct").GetProperty("total").GetInt32());
        Assert.Equal(120.50m, report.GetProperty("feesCollected").GetDecimal());
    }
}
