using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class FeeTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_paid_fee_resumes_the_clock_and_an_unpaid_fee_lapses_the_application()
    {
        var paid = await agency.FileAndAssignAsync();
        var unpaid = await agency.FileAndAssignAsync();

        var notice = await agency.ActAsync(agency.Officer, paid.Id, "fee-notice", new { basis = "pages", units = 150 });
        Assert.Equal("awaiting-fee-payment", notice.GetProperty("status").GetString());
        Assert.Equal(1700, notice.GetProperty("fee").GetProperty("quote").GetProperty("amount").GetInt32());
        Assert.Equal("2026-03-30", notice.GetProperty("fee").GetProperty("payBy").GetString());
        Assert.Equal("fee-notice", (await agency.OutboxKindsAsync(paid.Id)).Last());
        await agency.ActAsync(agency.Officer, unpaid.Id, "fee-notice", new { basis = "pages", units = 40 });

        await agency.AtAsync(new DateOnly(2026, 3, 10));
        await agency.ActAsync(agency.Officer, paid.Id, "fee-payment", new { amount = 100 }, HttpStatusCode.BadRequest);
        var resumed = await agency.ActAsync(agency.Officer, paid.Id, "fee-payment", new { amount = 1700 });
        Assert.Equal("in-progress", resumed.GetProperty("status").GetString());
        // Paused 2–10 March: counting restarts on 11 March.
        Assert.Equal("2026-04-08", resumed.GetProperty("replyDueOn").GetString());

        await agency.AtAsync(new DateOnly(2026, 3, 31), hour: 0);
        var lapsed = await agency.CaseAsync(unpaid.Id);
        Assert.Equal("lapsed", lapsed.GetProperty("status").GetString());
        Assert.Equal("fee-unpaid", lapsed.GetProperty("conclusion").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Items_are_counted_per_applicant_per_month_by_the_system()
    {
        var sameApplicant = Applications.Valid(name: "王五", idNumber: "110101198505050032");
        var first = await agency.FileAndAssignAsync(sameApplicant);
        var second = await agency.FileAndAssignAsync(sameApplicant);
        var stranger = await agency.FileAndAssignAsync(Applications.Valid(name: "赵六", idNumber: "110101198001010029"));

        await agency.ActAsync(agency.Officer, second.Id, "fee-notice", new { basis = "items", units = 9 }, HttpStatusCode.BadRequest);
        var charged = await agency.ActAsync(agency.Officer, second.Id, "fee-notice", new { basis = "items", units = 25 });
        var quote = charged.GetProperty("fee").GetProperty("quote");
        Assert.Equal(1, quote.GetProperty("priorItemsThisMonth").GetInt32());
        Assert.Equal(1600, quote.GetProperty("amount").GetInt32());
        var free = await agency.ActAsync(agency.Officer, stranger.Id, "fee-notice", new { basis = "items", units = 25 });
        Assert.Equal(1500, free.GetProperty("fee").GetProperty("quote").GetProperty("amount").GetInt32());
        Assert.NotEqual(first.Id, second.Id);
    }
}
