using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Cases;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class IdempotencyKeyRuleTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Theory]
    [InlineData("short")]
    [InlineData("contains spaces and is long enough")]
    [InlineData("键键键键键键键键键键键键键键键键键键")]
    public async Task A_malformed_key_is_refused_on_every_route_that_takes_one(string key)
    {
        var receipt = await agency.FileAndAssignAsync();
        var before = await StoredRows.SnapshotAsync(app);
        var attempts = new (HttpClient Client, string Path, object Body)[]
        {
            (agency.Public, "/api/requests", Applications.Valid()),
            (agency.Officer, "/api/cases", new { }),
            (agency.Officer, $"/api/cases/{receipt.Id}/assign", new { assignee = Agency.OfficerName }),
            (agency.Public, $"/api/requests/{receipt.Id}/withdrawal", new { }),
        };
        foreach (var (client, path, body) in attempts)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            request.Headers.Add("X-Access-Code", receipt.AccessCode);

            using var response = await client.SendAsync(request);

            Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{path}: {(int)response.StatusCode}");
            Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _), path);
        }
        Assert.Equal(before, await StoredRows.SnapshotAsync(app));
    }

    [Fact]
    public async Task The_same_key_with_another_body_on_a_case_action_answers_422_and_with_the_same_body_the_first_answer()
    {
        var receipt = await agency.FileAsync();
        var key = Guid.NewGuid().ToString();
        // Both assignees are case officers of the directory, so the second body is as valid as the first.
        using (var colleague = app.Client().As("someone-else@agency.gov.cn", StaffRoles.CaseOfficer)) await colleague.GetAsync("/api/cases");

        using var first = await SendAsync(receipt.Id, key, "officer@agency.gov.cn");
        using var again = await SendAsync(receipt.Id, key, "officer@agency.gov.cn");
        using var other = await SendAsync(receipt.Id, key, "someone-else@agency.gov.cn");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:idempotency-key-reused", (await other.ReadJsonAsync()).GetProperty("type").GetString());
    }

    private Task<HttpResponseMessage> SendAsync(string caseId, string key, string assignee)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/assign") { Content = JsonContent.Create(new { assignee }) };
        request.Headers.Add("Idempotency-Key", key);
        return agency.Officer.SendAsync(request);
    }
}
