using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Throttling;
using DisclosureRequests.HostTests.Infrastructure;

namespace DisclosureRequests.HostTests.UnderHost;

/// <summary>
/// Under the Functions host the worker's client is the host, so the per-client filing limit must count the address the
/// host saw (which the host forwards and the worker's ASP.NET Core integration applies), never the host's own, and
/// never an X-Forwarded-For that a client wrote itself.
/// </summary>
[Collection(WorkerUnderHostCollection.Name)]
public sealed class ClientAddressUnderHostTests(WorkerUnderHost host)
{
    private static readonly IPAddress FirstCitizen = IPAddress.Parse("127.0.0.7");
    private static readonly IPAddress SecondCitizen = IPAddress.Parse("127.0.0.8");

    [FunctionsHostFact]
    public async Task Filing_is_limited_per_client_address_the_host_saw_and_another_client_still_files()
    {
        var limit = new ThrottleSettings().FilingsPerClient;
        using var first = host.ClientFrom(FirstCitizen);
        for (var i = 0; i < limit; i++)
        {
            // A client naming other addresses in X-Forwarded-For still counts as the address it connects from.
            using var filed = await FileAsync(first, $"citizen{i}@example.cn", forwardedFor: $"198.51.100.{i + 1}");
            Assert.True(HttpStatusCode.Created == filed.StatusCode, $"filing {i + 1}: {filed.StatusCode} {await filed.Content.ReadAsStringAsync()}\n{host.LogTail()}");
        }

        using var refused = await FileAsync(first, "one-more@example.cn", forwardedFor: "198.51.100.200");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is given in seconds");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("urn:disclosure-requests:problem:too-many-requests", problem!["type"].ToString());

        using var second = host.ClientFrom(SecondCitizen);
        using var other = await FileAsync(second, "neighbour@example.cn", forwardedFor: null);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    private static Task<HttpResponseMessage> FileAsync(HttpClient client, string email, string? forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/requests")
        {
            Content = JsonContent.Create(new
            {
                applicant = new { type = "natural-person", name = "李四", email },
                description = "2025年本区老旧小区改造项目的资金安排",
                format = "electronic",
                delivery = "email",
            }),
        };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }
}
