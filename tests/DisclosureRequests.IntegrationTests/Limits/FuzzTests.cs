using System.Collections.Concurrent;
using CsCheck;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace DisclosureRequests.IntegrationTests.Limits;

/// <summary>
/// Ten thousand generated bad requests across every route the app maps (read from its endpoint data source, so a new
/// route is covered without being listed), as nobody, as each role and with forged principals.
/// </summary>
public sealed class FuzzTests(SystemUnderTest app, ITestOutputHelper output) : IClassFixture<SystemUnderTest>
{
    private const int Requests = 10_000;

    [Fact]
    public async Task Ten_thousand_bad_requests_get_no_5xx_store_nothing_and_consume_no_tracking_number()
    {
        var existing = await app.Client().FileAsync();
        var routes = BadRequestSender.RoutesOf(app);
        var sender = new BadRequestSender(routes, existing);
        var client = app.Client();
        var before = await StoredRows.SnapshotAsync(app);
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var failingRoutes = new ConcurrentDictionary<string, string>();
        var sent = 0;

        await BadRequestGenerators.Requests(routes.Count).SampleAsync(async request =>
        {
            using var message = sender.Build(request);
            using var response = await client.SendAsync(message);
            Interlocked.Increment(ref sent);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            // The staff pages answer a browser with a page of their own (sign in, or no access); the API with problem details.
            var page = !(message.RequestUri?.OriginalString ?? "").Contains("/api/", StringComparison.Ordinal)
                       && response.Content.Headers.ContentType?.MediaType == "text/html";
            var problem = page || response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if ((int)response.StatusCode >= 500 || ((int)response.StatusCode >= 400 && !problem))
                failures.Enqueue($"{(int)response.StatusCode} for {sender.Describe(request)}: {await response.Content.ReadAsStringAsync()}");
            if ((int)response.StatusCode >= 400 && !problem || (int)response.StatusCode >= 500)
                failingRoutes.TryAdd($"{(int)response.StatusCode} {sender.Describe(request).Split(' ')[0]} {sender.Describe(request).Split(' ')[1]}", sender.Describe(request));
        }, iter: Requests, threads: 4);

        var after = await StoredRows.SnapshotAsync(app);
        output.WriteLine($"sent {sent} bad requests across {routes.Count} routes; answers: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Console.WriteLine($"fuzz: sent {sent} bad requests across {routes.Count} routes");
        Assert.True(failures.IsEmpty, $"{failures.Count} failures on {string.Join("; ", failingRoutes.Keys.Order())}; first: {string.Join("\n", failures.Take(3))}");
        Assert.True(sent >= Requests, $"only {sent} requests were sent");
        Assert.Equal(before, after);
    }
}
