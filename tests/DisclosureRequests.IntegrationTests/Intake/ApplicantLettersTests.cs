using System.Net;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

public sealed class ApplicantLettersTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_applicant_sees_and_reads_the_letters_addressed_to_them_and_nothing_internal()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "disclosed", summary = "现将招标文件提供给您。" });
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });
        await agency.AtAsync(new DateOnly(2026, 3, 9), hour: 9);
        await app.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        var view = await (await agency.Public.SendAsync(request)).ReadJsonAsync();
        var letters = view.GetProperty("letters").EnumerateArray().ToArray();
        Assert.Equal(["acknowledgement", "reply"], letters.Select(l => l.GetProperty("kind").GetString()));
        Assert.All(letters, l => Assert.Equal("delivered", l.GetProperty("status").GetString()));

        using var read = new HttpRequestMessage(HttpMethod.Get, letters[1].GetProperty("url").GetString());
        read.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var letter = await agency.Public.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var html = await letter.Content.ReadAsStringAsync();
        Assert.Contains(receipt.TrackingNumber.Split('-')[0], html);
        Assert.Contains("行政复议", html);
        Assert.Contains("您于2026年3月2日提出", html);

        var stranger = await agency.FileAsync();
        using var foreign = new HttpRequestMessage(HttpMethod.Get, letters[1].GetProperty("url").GetString());
        foreign.Headers.Add("X-Access-Code", stranger.AccessCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Public.SendAsync(foreign)).StatusCode);
    }

    [Fact]
    public async Task Each_letter_is_dated_by_the_agencys_clock_when_the_step_that_produced_it_was_taken()
    {
        var filedAt = app.Time.GetUtcNow();
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "disclosed", summary = "现将招标文件提供给您。" });
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        app.Time.Advance(TimeSpan.FromHours(5));
        var approvedAt = app.Time.GetUtcNow();
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });
        app.Time.Advance(TimeSpan.FromMinutes(30));
        await app.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        var letters = (await (await agency.Public.SendAsync(request)).ReadJsonAsync()).GetProperty("letters").EnumerateArray().ToArray();
        Assert.Equal(["acknowledgement", "reply"], letters.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal([filedAt, approvedAt], letters.Select(l => l.GetProperty("createdAt").GetDateTimeOffset()));
        Assert.All(letters, l => Assert.Equal(approvedAt.AddMinutes(30), l.GetProperty("deliveredAt").GetDateTimeOffset()));
    }
}
