using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class IfMatchTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_command_with_the_etag_the_case_was_read_with_applies_and_answers_the_next_etag()
    {
        var receipt = await agency.FileAndAssignAsync();
        var etag = await ETagAsync(receipt.Id);

        using var response = await DraftAsync(receipt.Id, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{int.Parse(etag.Trim('"')) + 1}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_command_on_a_case_changed_since_it_was_read_answers_412_with_the_current_etag_and_writes_nothing()
    {
        var receipt = await agency.FileAndAssignAsync();
        var seen = await ETagAsync(receipt.Id);
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "disclosed", summary = "同事先拟的答复" });
        var history = await agency.HistoryAsync(receipt.Id);

        using var response = await DraftAsync(receipt.Id, seen);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.EndsWith("case-version-changed", problem.GetProperty("type").GetString());
        Assert.Contains("刷新", problem.GetProperty("title").GetString());
        Assert.Equal(await ETagAsync(receipt.Id), response.Headers.ETag?.Tag);
        Assert.Equal(history.Length, (await agency.HistoryAsync(receipt.Id)).Length);
    }

    [Fact]
    public async Task Of_parallel_commands_made_on_the_same_reading_one_applies_and_the_others_answer_412()
    {
        var receipt = await agency.FileAndAssignAsync();
        var etag = await ETagAsync(receipt.Id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => DraftAsync(receipt.Id, etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    [Theory]
    [InlineData("W/\"3\"")]
    [InlineData("3")]
    [InlineData("\"abc\"")]
    [InlineData("\"\"")]
    public async Task A_weak_or_malformed_if_match_is_a_400_naming_the_header(string header)
    {
        var receipt = await agency.FileAndAssignAsync();
        var history = await agency.HistoryAsync(receipt.Id);

        using var response = await DraftAsync(receipt.Id, header);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("If-Match", out _));
        Assert.Equal(history.Length, (await agency.HistoryAsync(receipt.Id)).Length);
    }

    [Fact]
    public async Task If_match_star_or_a_list_holding_the_current_etag_lets_the_command_through()
    {
        var first = await agency.FileAndAssignAsync();
        var second = await agency.FileAndAssignAsync();
        using (var star = await DraftAsync(first.Id, "*")) Assert.Equal(HttpStatusCode.OK, star.StatusCode);
        var current = await ETagAsync(second.Id);

        using var listed = await DraftAsync(second.Id, $"\"1\", {current}");

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Fact]
    public async Task A_retry_of_an_applied_command_with_its_idempotency_key_replays_though_the_etag_has_moved_on()
    {
        var receipt = await agency.FileAndAssignAsync();
        var etag = await ETagAsync(receipt.Id);
        var key = Guid.NewGuid().ToString();

        using var first = await DraftAsync(receipt.Id, etag, key);
        using var retry = await DraftAsync(receipt.Id, etag, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Contains("true", retry.Headers.GetValues("Idempotent-Replayed"));
    }

    [Fact]
    public async Task The_applicants_view_carries_the_etag_their_commands_may_be_conditioned_on()
    {
        var receipt = await agency.FileAsync();
        using var view = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        view.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var read = await agency.Public.SendAsync(view);
        await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = Agency.OfficerName });

        using var withdrawal = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/withdrawal") { Content = JsonContent.Create(new { reason = "不再需要" }) };
        withdrawal.Headers.Add("X-Access-Code", receipt.AccessCode);
        withdrawal.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        using var response = await agency.Public.SendAsync(withdrawal);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.DoesNotContain("withdrawn", await agency.EventTypesAsync(receipt.Id));
    }

    private async Task<string> ETagAsync(string caseId)
    {
        using var response = await agency.Officer.GetAsync($"/api/cases/{caseId}");
        return response.Headers.ETag!.Tag;
    }

    private Task<HttpResponseMessage> DraftAsync(string caseId, string ifMatch, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/draft-reply")
        {
            Content = JsonContent.Create(new { outcome = "disclosed", summary = "拟予公开" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return agency.Officer.SendAsync(request);
    }
}
