using System.Net;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class LargeFeeTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Theory]
    [InlineData(20_000, 1_997_002_000L)]
    [InlineData(50_000, 12_492_502_000L)]
    [InlineData(100_000, 49_985_002_000L)]
    public async Task A_fee_notice_for_tens_of_thousands_of_items_is_computed_in_full_and_its_letter_summarises_the_bands(int units, long amount)
    {
        // A different applicant each time: earlier items of the month would count toward the bands.
        var receipt = await agency.FileAndAssignAsync(Applications.Valid(name: "申请人" + units, idNumber: ResidentIds.Numbered(units / 1000)));

        var notice = await agency.ActAsync(agency.Officer, receipt.Id, "fee-notice", new { basis = "items", units });

        var quote = notice.GetProperty("fee").GetProperty("quote");
        Assert.Equal(amount, quote.GetProperty("amount").GetInt64());
        Assert.Equal(4, quote.GetProperty("lines").GetArrayLength());
        var letter = await DeliveredLetterAsync(receipt.Id, "fee-notice");
        Assert.Contains("逐档递增至", letter);
        Assert.Contains($"人民币{amount}元", letter);
        Assert.True(letter.Length < 20_000, $"the letter has {letter.Length} characters");
    }

    private async Task<string> DeliveredLetterAsync(string caseId, string kind)
    {
        await app.Get<OutboxDelivery>().DeliverPendingAsync(caseId, CancellationToken.None);
        var entry = (await app.Get<Correspondence>().ListAsync(caseId, CancellationToken.None)).Single(e => e.Kind == kind);
        return (await app.Get<LetterArchive>().ReadHtmlAsync(caseId, entry.Id, CancellationToken.None))!.ToString();
    }

    [Theory]
    [InlineData(100_001)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    public async Task A_fee_notice_beyond_the_tariffs_maximum_is_a_400(int units)
    {
        var receipt = await agency.FileAndAssignAsync();

        await agency.ActAsync(agency.Officer, receipt.Id, "fee-notice", new { basis = "items", units }, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_payment_beyond_any_integer_is_a_400_not_a_failure()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "fee-notice", new { basis = "pages", units = 150 });

        using var response = await agency.Officer.PostAsync($"/api/cases/{receipt.Id}/fee-payment",
            new StringContent("""{"amount":99999999999999999999999999}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
