using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

public sealed class IdempotencyTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task A_retried_submission_returns_the_first_answer_and_files_one_case()
    {
        var client = app.Client();
        var key = Guid.NewGuid().ToString();
        var first = await client.FileAsync(idempotencyKey: key);
        var retry = await client.FileAsync(idempotencyKey: key);

        Assert.Equal(first, retry);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{first.Id}");
        read.Headers.Add("X-Access-Code", retry.AccessCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(read)).StatusCode);
        var next = await client.FileAsync();
        Assert.Equal(int.Parse(first.TrackingNumber[5..]) + 1, int.Parse(next.TrackingNumber[5..]));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_submission_file_one_case()
    {
        var client = app.Client();
        var key = Guid.NewGuid().ToString();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.FileAsync(idempotencyKey: key)));
        Assert.Single(receipts.Distinct());
    }

    [Fact]
    public async Task A_key_reused_for_a_different_application_is_refused()
    {
        var client = app.Client();
        var key = Guid.NewGuid().ToString();
        await client.FileAsync(idempotencyKey: key);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(Applications.Valid(description: "另一项信息")) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:idempotency-key-reused", (await response.ReadJsonAsync()).GetProperty("type").GetString());
    }
}
