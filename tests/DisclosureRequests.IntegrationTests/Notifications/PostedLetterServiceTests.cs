using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>
/// An applicant without e-mail is asked to clarify by post: the notice gives the period "from receipt", the case waits
/// for the return receipt, and only the period counted from the day it was signed for lets the application lapse.
/// </summary>
public sealed class PostedLetterServiceTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_posted_clarification_notice_runs_from_the_day_it_was_signed_for_and_the_application_lapses_only_then()
    {
        var receipt = await agency.FileAndAssignAsync(PaperApplications.ByPost());
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请说明所需验收报告的项目名称和年份" }, replyWithinWorkingDays = 15 });
        await app.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);

        var notice = Assert.Single((await (await agency.Officer.GetAsync($"/api/cases/{receipt.Id}/correspondence")).ReadJsonAsync()).EnumerateArray(),
            e => e.GetProperty("kind").GetString() == "clarification-notice");
        Assert.Equal("to-post", notice.GetProperty("status").GetString());
        var itemId = notice.GetProperty("id").GetString()!;
        var text = await agency.Officer.GetStringAsync($"/api/cases/{receipt.Id}/correspondence/{itemId}");
        Assert.Contains("请您自收到本告知书之日起15个工作日内向本机关作出补正", text);
        var clarification = (await agency.CaseAsync(receipt.Id)).GetProperty("clarification");
        Assert.False(clarification.TryGetProperty("replyBy", out _));
        Assert.Equal(itemId, clarification.GetProperty("service").GetProperty("itemId").GetString());

        var letter = $"/api/cases/{receipt.Id}/correspondence/{itemId}";
        using var early = await agency.Officer.PostAsJsonAsync($"{letter}/receipt", new { on = "2026-03-02" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        using var posted = await agency.Officer.PostAsJsonAsync($"{letter}/dispatch", new { method = "registered-post", on = "2026-03-02" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var awaited = Assert.Single(await PostedLettersAsync(), e => e.GetProperty("itemId").GetString() == itemId);
        Assert.Equal("司马光", awaited.GetProperty("addressee").GetString());
        Assert.Equal("2026-03-02", awaited.GetProperty("postedOn").GetString());
        Assert.True(awaited.GetProperty("timeLimitAwaitsReceipt").GetBoolean());

        // Fifteen working days from the day it was written end on 23 March; the applicant has not had them.
        await agency.AtAsync(new DateOnly(2026, 3, 24));
        Assert.Equal("awaiting-clarification", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());

        using var byReviewer = await agency.Reviewer.PostAsJsonAsync($"{letter}/receipt", new { on = "2026-03-09" });
        using var anonymous = await agency.Public.PostAsJsonAsync($"{letter}/receipt", new { on = "2026-03-09" });
        using var beforePosting = await agency.Officer.PostAsJsonAsync($"{letter}/receipt", new { on = "2026-03-01" });
        using var unknown = await agency.Officer.PostAsJsonAsync($"/api/cases/{receipt.Id}/correspondence/{receipt.Id}-999999-01/receipt", new { on = "2026-03-09" });
        using var signed = await agency.Officer.PostAsJsonAsync($"{letter}/receipt", new { on = "2026-03-09" });
        using var again = await agency.Officer.PostAsJsonAsync($"{letter}/receipt", new { on = "2026-03-10" });

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, beforePosting.StatusCode);
        Assert.Contains("签收日期应在邮寄之日", (await beforePosting.ReadJsonAsync()).GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("2026-03-30", (await signed.ReadJsonAsync()).GetProperty("clarification").GetProperty("replyBy").GetString());
        Assert.DoesNotContain(await PostedLettersAsync(), e => e.GetProperty("itemId").GetString() == itemId);
        var line = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "letter-received");
        Assert.Equal("2026-03-09", line.GetProperty("details").GetProperty("on").GetString());

        using var own = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        own.Headers.Add("X-Access-Code", receipt.AccessCode);
        var tracked = (await (await agency.Public.SendAsync(own)).ReadJsonAsync()).GetProperty("letters").EnumerateArray()
            .Single(l => l.GetProperty("kind").GetString() == "clarification-notice");
        Assert.Equal("served", tracked.GetProperty("status").GetString());
        Assert.Equal("2026-03-09", tracked.GetProperty("dispatchedOn").GetString());

        await agency.AtAsync(new DateOnly(2026, 3, 30), hour: 18);
        Assert.Equal("awaiting-clarification", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());
        await agency.AtAsync(new DateOnly(2026, 3, 31));
        Assert.Equal("lapsed", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());
    }

    private async Task<JsonElement[]> PostedLettersAsync() =>
        (await (await agency.Officer.GetAsync("/api/posted-letters")).ReadJsonAsync()).EnumerateArray().ToArray();
}
