using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ConcurrencyTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task Of_fifty_parallel_conflicting_commands_exactly_one_applies_and_history_stays_gap_free()
    {
        var receipt = await agency.FileAndAssignAsync();
        var before = await agency.HistoryAsync(receipt.Id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            agency.Officer.PostAsJsonAsync($"/api/cases/{receipt.Id}/draft-reply", new { outcome = "disclosed", summary = $"答复稿 {i}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var history = await agency.HistoryAsync(receipt.Id);
        Assert.Equal(before.Length + 1, history.Length);
        Assert.Equal(Enumerable.Range(1, history.Length), history.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(before.Length + 1, (await agency.CaseAsync(receipt.Id)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_retried_command_with_the_same_idempotency_key_applies_once()
    {
        var receipt = await agency.FileAsync();
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{receipt.Id}/assign") { Content = JsonContent.Create(new { assignee = Agency.OfficerName }) };
            request.Headers.Add("Idempotency-Key", key);
            return agency.Officer.SendAsync(request);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(await agency.EventTypesAsync(receipt.Id), "assigned");
    }
}
