using System.Text.Json;
using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

/// <summary>An applicant asked for a processing fee sees on their own page how much, how to pay and by when, then that it was paid.</summary>
public sealed class ApplicantFeeViewTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_applicant_sees_the_amount_how_to_pay_and_the_last_day_and_then_the_day_it_was_paid()
    {
        var receipt = await agency.FileAndAssignAsync();
        Assert.False((await TrackAsync(receipt)).TryGetProperty("fee", out _));
        await agency.ActAsync(agency.Officer, receipt.Id, "fee-notice", new { basis = "pages", units = 150 });

        var fee = (await TrackAsync(receipt)).GetProperty("fee");
        Assert.Equal(1700, fee.GetProperty("amount").GetInt64());
        Assert.Equal("2026-03-30", fee.GetProperty("payBy").GetString());
        Assert.Equal(20, fee.GetProperty("payWithinWorkingDays").GetInt32());
        Assert.Equal("请持本通知书到本机关政府信息公开受理窗口缴纳。", fee.GetProperty("paymentInstructions").GetString());
        Assert.False(fee.TryGetProperty("paidOn", out _));
        var letter = Assert.Single((await TrackAsync(receipt)).GetProperty("letters").EnumerateArray(), l => l.GetProperty("kind").GetString() == "fee-notice");
        Assert.Equal(letter.GetProperty("id").GetString(), fee.GetProperty("letterId").GetString());

        await agency.ActAsync(agency.Officer, receipt.Id, "fee-payment", new { amount = 1700 });
        Assert.Equal(agency.Today.ToString("yyyy-MM-dd"), (await TrackAsync(receipt)).GetProperty("fee").GetProperty("paidOn").GetString());
    }

    /// <summary>The page shows what the notice says, so the applicant reading it there has it: the 20 days run from the next day.</summary>
    [Fact]
    public async Task A_posted_fee_notice_shown_to_the_applicant_on_their_page_is_served_that_day()
    {
        var receipt = await agency.FileAndAssignAsync(PaperApplications.ByPost());
        await agency.ActAsync(agency.Officer, receipt.Id, "fee-notice", new { basis = "pages", units = 40 });
        Assert.False((await agency.CaseAsync(receipt.Id)).GetProperty("fee").TryGetProperty("payBy", out _));

        var shown = (await TrackAsync(receipt)).GetProperty("fee");

        var payBy = WorkingDayCalendar.Official.AddWorkingDays(agency.Today, 20);
        Assert.Equal(payBy.ToString("yyyy-MM-dd"), shown.GetProperty("payBy").GetString());
        Assert.Equal(shown.GetProperty("payBy").GetString(), (await agency.CaseAsync(receipt.Id)).GetProperty("fee").GetProperty("payBy").GetString());
        Assert.Contains("letter-read-online", await agency.EventTypesAsync(receipt.Id));
    }

    private async Task<JsonElement> TrackAsync(SubmissionReceipt receipt)
    {
        using var response = await agency.TrackAsync(receipt.Id, receipt.AccessCode);
        return await response.ReadJsonAsync();
    }
}
