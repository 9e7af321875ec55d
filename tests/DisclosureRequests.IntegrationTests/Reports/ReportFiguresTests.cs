using DisclosureRequests.Cases;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Fees;
using DisclosureRequests.IntegrationTests.Infrastructure;
using static DisclosureRequests.IntegrationTests.Reports.StatisticsFixtures;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>The figures of a past year, from cases committed with their real dates, against a table counted by hand.</summary>
public sealed class ReportFiguresTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task A_past_year_counts_receipts_conclusions_carry_overs_remedies_and_fees_by_their_dates()
    {
        var s = app.Services;
        // Received 2024, concluded 2 January 2025: carried over, then disclosed.
        await s.CommitCaseAsync("natural-person", D(2024, 11, 10), Concluded("disclosed", null, D(2025, 1, 2)));
        // Received 2024 and still open: carried over and carried forward.
        await s.CommitCaseAsync("commercial-enterprise", D(2024, 12, 20));
        // Concluded in 2024: nothing of it belongs to 2025.
        await s.CommitCaseAsync("natural-person", D(2024, 6, 1), Concluded("disclosed", null, D(2024, 7, 1)));
        // Received on 31 December, concluded on 1 January: received in 2025, carried forward from it.
        await s.CommitCaseAsync("research-institution", D(2025, 12, 31), Concluded("withheld", "state-secret", D(2026, 1, 1)));
        // Withdrawn: （六）3 其他.
        await s.CommitCaseAsync("natural-person", D(2025, 3, 3), Concluded("other", "other", D(2025, 3, 5)));
        // Lapsed for want of clarification: （六）1.
        await s.CommitCaseAsync("legal-services-organization", D(2025, 4, 1), Concluded("other", "clarification-lapsed", D(2025, 5, 12)));
        // Partially disclosed after a paid fee, then a reconsideration and a lawsuit.
        await s.CommitCaseAsync("public-interest-organization", D(2025, 5, 6), st => Concluded("partially-disclosed", null, D(2025, 6, 3))(st) with
        {
            Fee = new FeeNotice(FeeSchedule.ByPages(50), D(2025, 5, 13), D(2025, 6, 10), "officer", PaidOn: D(2025, 5, 20)),
            Reconsideration = new RemedyRecord("upheld", D(2025, 7, 1)),
            Litigation = new RemedyRecord("corrected", D(2025, 9, 1), "direct"),
        });
        // Concluded in 2024, its reconsideration recorded in 2025: only section 四 counts it.
        await s.CommitCaseAsync("other-organization", D(2024, 3, 1), st => Concluded("unavailable", "not-held", D(2024, 4, 1))(st) with
        {
            Reconsideration = new RemedyRecord("pending", D(2025, 2, 3)),
        });
        // Received 2026: not in 2025.
        await s.CommitCaseAsync("natural-person", D(2026, 1, 5));

        var report = await app.Client().As("admin", Roles.Administrator).CompileAsync(2025);

        Assert.Equal(2025, report.GetProperty("year").GetInt32());
        //                                        np ce ri pio lso oo total
        Assert.Equal([1, 0, 1, 1, 1, 0, 4], report.GetProperty("received").Row());
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], report.GetProperty("carriedOver").Row());
        var outcomes = report.GetProperty("outcomes");
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], outcomes.GetProperty("disclosed").Row());
        Assert.Equal([0, 0, 0, 1, 0, 0, 1], outcomes.GetProperty("partially-disclosed").Row());
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], outcomes.GetProperty("withheld").GetProperty("state-secret").Row());
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], outcomes.GetProperty("unavailable").GetProperty("not-held").Row());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], outcomes.GetProperty("other").GetProperty("other").Row());
        Assert.Equal([0, 0, 0, 0, 1, 0, 1], outcomes.GetProperty("other").GetProperty("clarification-lapsed").Row());
        Assert.Equal([2, 0, 0, 1, 1, 0, 4], report.GetProperty("total").Row());
        Assert.Equal([0, 1, 1, 0, 0, 0, 2], report.GetProperty("carriedForward").Row());
        var remedies = report.GetProperty("reviewAndLitigation");
        var reconsideration = remedies.GetProperty("reconsideration");
        Assert.Equal((1, 0, 0, 1, 2), (reconsideration.GetProperty("upheld").GetInt32(), reconsideration.GetProperty("corrected").GetInt32(),
            reconsideration.GetProperty("other").GetInt32(), reconsideration.GetProperty("pending").GetInt32(), reconsideration.GetProperty("total").GetInt32()));
        Assert.Equal(1, remedies.GetProperty("litigation").GetProperty("direct").GetProperty("corrected").GetInt32());
        Assert.Equal(0, remedies.GetProperty("litigation").GetProperty("after-reconsideration").GetProperty("total").GetInt32());
        Assert.Equal(200m, report.GetProperty("feesCollected").GetDecimal());
    }
}
