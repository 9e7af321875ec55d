using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Notifications;

public sealed class PaperLetterTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_letter_without_an_email_address_is_queued_for_print_and_recorded_as_posted_once()
    {
        var receipt = await agency.FileAsync(PaperApplications.ByPost());
        await app.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);

        var queued = Assert.Single((await (await agency.Officer.GetAsync("/api/print-queue")).ReadJsonAsync()).EnumerateArray(),
            e => e.GetProperty("caseId").GetString() == receipt.Id);
        Assert.Equal("acknowledgement", queued.GetProperty("kind").GetString());
        Assert.Equal("司马光", queued.GetProperty("addressee").GetString());
        Assert.Equal("北京市东城区某街1号", queued.GetProperty("address").GetString());
        var dispatch = $"/api/cases/{receipt.Id}/correspondence/{queued.GetProperty("itemId").GetString()}/dispatch";

        using var badMethod = await agency.Officer.PostAsJsonAsync(dispatch, new { method = "pigeon", on = "2026-03-02" });
        using var future = await agency.Officer.PostAsJsonAsync(dispatch, new { method = "registered-post", on = "2026-03-03" });
        using var byReviewer = await agency.Reviewer.PostAsJsonAsync(dispatch, new { method = "registered-post", on = "2026-03-02" });
        using var posted = await agency.Officer.PostAsJsonAsync(dispatch, new { method = "registered-post", on = "2026-03-02" });
        using var again = await agency.Officer.PostAsJsonAsync(dispatch, new { method = "in-person", on = "2026-03-02" });

        Assert.Equal(HttpStatusCode.BadRequest, badMethod.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var line = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "letter-posted");
        Assert.Equal("registered-post", line.GetProperty("details").GetProperty("method").GetString());
        Assert.Equal("2026-03-02", line.GetProperty("details").GetProperty("on").GetString());
        Assert.DoesNotContain((await (await agency.Officer.GetAsync("/api/print-queue")).ReadJsonAsync()).EnumerateArray(),
            e => e.GetProperty("caseId").GetString() == receipt.Id);

        using var own = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        own.Headers.Add("X-Access-Code", receipt.AccessCode);
        var letter = (await (await agency.Public.SendAsync(own)).ReadJsonAsync()).GetProperty("letters")[0];
        Assert.Equal("posted", letter.GetProperty("status").GetString());
        Assert.Equal("2026-03-02", letter.GetProperty("dispatchedOn").GetString());
        Assert.Equal("registered-post", letter.GetProperty("dispatchMethod").GetString());
    }

    [Fact]
    public async Task A_consultation_letter_to_be_posted_is_queued_for_the_party_at_its_address_not_for_the_applicant()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "third-party-consultations",
            new { parties = new[] { new { name = "某建设集团有限公司", address = "某市某区建设路1号" } } });
        await app.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);

        var queued = Assert.Single((await (await agency.Officer.GetAsync("/api/print-queue")).ReadJsonAsync()).EnumerateArray(),
            e => e.GetProperty("caseId").GetString() == receipt.Id);
        Assert.Equal("third-party-consultation", queued.GetProperty("kind").GetString());
        Assert.Equal("某建设集团有限公司", queued.GetProperty("addressee").GetString());
        Assert.Equal("某市某区建设路1号", queued.GetProperty("address").GetString());
        Assert.Equal("post", queued.GetProperty("delivery").GetString());
    }

    [Fact]
    public async Task A_letter_by_registered_post_waits_for_its_receipt_and_one_by_ordinary_post_without_a_time_limit_does_not()
    {
        var registered = await FilePaperAsync();
        var ordinary = await FilePaperAsync();
        await PostAcknowledgementAsync(registered.Id, "registered-post");
        await PostAcknowledgementAsync(ordinary.Id, "ordinary-post");

        var listed = await PostedLettersAsync();

        var awaited = Assert.Single(listed, e => e.GetProperty("caseId").GetString() == registered.Id);
        Assert.Equal("acknowledgement", awaited.GetProperty("kind").GetString());
        Assert.Equal("registered-post", awaited.GetProperty("method").GetString());
        Assert.False(awaited.GetProperty("timeLimitAwaitsReceipt").GetBoolean());
        Assert.DoesNotContain(listed, e => e.GetProperty("caseId").GetString() == ordinary.Id);
        Assert.DoesNotContain((await (await agency.Officer.GetAsync("/api/print-queue")).ReadJsonAsync()).EnumerateArray(),
            e => e.GetProperty("caseId").GetString() is var id && (id == registered.Id || id == ordinary.Id));
    }

    private Task<Core.Intake.SubmissionReceipt> FilePaperAsync() => agency.FileAsync(PaperApplications.ByPost("苏辙", "本区2025年度财政预算执行情况"));

    private async Task PostAcknowledgementAsync(string caseId, string method)
    {
        await app.Get<OutboxDelivery>().DeliverPendingAsync(caseId, CancellationToken.None);
        var acknowledgement = (await (await agency.Officer.GetAsync($"/api/cases/{caseId}/correspondence")).ReadJsonAsync()).EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "acknowledgement").GetProperty("id").GetString();
        using var posted = await agency.Officer.PostAsJsonAsync($"/api/cases/{caseId}/correspondence/{acknowledgement}/dispatch", new { method, on = "2026-03-02" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    private async Task<JsonElement[]> PostedLettersAsync() =>
        (await (await agency.Officer.GetAsync("/api/posted-letters")).ReadJsonAsync()).EnumerateArray().ToArray();
}
