using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class RateLimitTests : IAsyncLifetime
{
    private SystemUnderTest app = null!;

    public async Task InitializeAsync() => app = await SystemUnderTest.StartWithSettingsAsync(new Dictionary<string, string>
    {
        ["Throttling:FilingsPerClient"] = "3",
        ["Throttling:FilingsPerEmail"] = "2",
        ["Throttling:FilingWindow"] = "01:00:00",
        ["Throttling:WrongAccessCodesPerCase"] = "3",
        ["Throttling:WrongAccessCodesPerClient"] = "5",
        ["Throttling:AccessCodeWindow"] = "00:15:00",
        ["Throttling:RecoveriesPerClient"] = "2",
        ["Network:TrustForwardedHeaders"] = "true",
    });

    public Task DisposeAsync() => app.DisposeAsync();

    private static object Application(string email) => new
    {
        applicant = new { type = "natural-person", name = "张三", email },
        description = "2025年本市道路养护工程的招标文件",
        format = "electronic",
        delivery = "email",
    };

    private Task<HttpResponseMessage> FileAsync(string client, string email)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(Application(email)) };
        request.Headers.Add("X-Forwarded-For", client);
        return app.Client().SendAsync(request);
    }

    private Task<HttpResponseMessage> TrackAsync(string client, string caseId, string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{caseId}");
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Access-Code", code);
        return app.Client().SendAsync(request);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is given in seconds");
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:disclosure-requests:problem:too-many-requests", problem.GetProperty("type").GetString());
        Assert.Equal("请求过于频繁，请稍后再试", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Filing_is_limited_per_client_address_with_429_and_the_next_filing_goes_through_after_the_window()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await FileAsync("203.0.113.7", $"a{i}@example.cn")).StatusCode);

        await AssertTooManyAsync(await FileAsync("203.0.113.7", "a9@example.cn"));
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("198.51.100.1", "b@example.cn")).StatusCode);

        app.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("203.0.113.7", "a9@example.cn")).StatusCode);
    }

    [Fact]
    public async Task Filing_is_limited_per_e_mail_address_whichever_client_names_it()
    {
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("192.0.2.1", "victim@example.cn")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("192.0.2.2", "VICTIM@example.cn")).StatusCode);

        await AssertTooManyAsync(await FileAsync("192.0.2.3", "victim@example.cn"));

        app.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("192.0.2.3", "victim@example.cn")).StatusCode);
    }

    [Theory]
    [InlineData("victim+1@example.cn")]
    [InlineData("victim@example.cn.")]
    [InlineData("\"victim\"@example.cn")]
    [InlineData("vic\u200Btim@example.cn")]
    public async Task An_address_written_another_way_that_reaches_the_same_mailbox_counts_as_that_address(string variant)
    {
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("192.0.2.1", "victim@example.cn")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await FileAsync("192.0.2.2", "victim@example.cn")).StatusCode);

        await AssertTooManyAsync(await FileAsync("192.0.2.3", variant));
    }

    [Fact]
    public async Task Access_code_recovery_is_limited_per_client_address_and_the_next_request_goes_through_after_the_window()
    {
        Task<HttpResponseMessage> RecoverAsync(string client)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests/access-code-recovery")
            {
                Content = JsonContent.Create(new { trackingNumber = "2026-000001", email = "owner@example.cn" }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            return app.Client().SendAsync(request);
        }

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Accepted, (await RecoverAsync("203.0.113.8")).StatusCode);

        await AssertTooManyAsync(await RecoverAsync("203.0.113.8"));
        Assert.Equal(HttpStatusCode.Accepted, (await RecoverAsync("198.51.100.2")).StatusCode);

        app.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Accepted, (await RecoverAsync("203.0.113.8")).StatusCode);
    }

    [Fact]
    public async Task Wrong_access_codes_are_limited_per_case_and_the_right_code_waits_for_the_window_too()
    {
        var receipt = (await (await FileAsync("192.0.2.50", "owner@example.cn")).Content.ReadFromJsonAsync<SubmissionReceipt>())!;
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await TrackAsync($"192.0.2.{60 + i}", receipt.Id, $"WRONGCODE{i:D11}")).StatusCode);

        await AssertTooManyAsync(await TrackAsync("192.0.2.99", receipt.Id, receipt.AccessCode));

        app.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync("192.0.2.99", receipt.Id, receipt.AccessCode)).StatusCode);
    }

    [Fact]
    public async Task Wrong_access_codes_are_limited_per_client_across_cases()
    {
        var ids = new List<SubmissionReceipt>();
        for (var i = 0; i < 3; i++)
            ids.Add((await (await FileAsync($"192.0.2.{100 + i}", $"c{i}@example.cn")).Content.ReadFromJsonAsync<SubmissionReceipt>())!);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await TrackAsync("198.51.100.200", ids[i % 3].Id, $"WRONGCODE{i:D11}")).StatusCode);

        await AssertTooManyAsync(await TrackAsync("198.51.100.200", ids[0].Id, ids[0].AccessCode));
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync("198.51.100.201", ids[0].Id, ids[0].AccessCode)).StatusCode);
    }
}
