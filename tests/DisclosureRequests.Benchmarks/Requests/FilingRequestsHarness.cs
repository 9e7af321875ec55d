using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.IntegrationTests.LoadAndCrash;
using DisclosureRequests.Standalone.Orchestrations;

namespace DisclosureRequests.Benchmarks.Requests;

/// <summary>
/// <c>filing-requests [--filings 50] [--log azurite.log]</c>: how many storage requests one filing costs, all told, read from Azurite's debug
/// log. The app files one application after another; once every letter is out and the orchestrations wait, the requests
/// of that stretch, less what the idle app polls in as long, are divided by the filings and told apart: the Durable
/// Task Framework's (task hub tables, queues and leases) and the app's own, with the time Azurite spent on each kind.
/// </summary>
public static class FilingRequestsHarness
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(string[] args)
    {
        var filings = HarnessArguments.Int(args, "--filings", 50);
        var kept = HarnessArguments.Text(args, "--log");
        var log = kept ?? Path.Combine(Path.GetTempPath(), $"azurite-debug-{Guid.NewGuid():N}.log");
        try
        {
            await using var azurite = await Azurite.StartAsync(log);
            await using var app = new AppProcess(azurite.ConnectionString);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var checks = new LoadAndCrashChecks(azurite.ConnectionString, TextWriter.Null);

            // One filing first, so that the task hub's partitions are taken and everything is warm before counting.
            await FileAsync(client, "预热");
            await SettleAsync(checks);
            await Task.Delay(TimeSpan.FromSeconds(5));

            var idleFrom = DateTimeOffset.UtcNow;
            await Task.Delay(Idle);
            var filingFrom = DateTimeOffset.UtcNow;
            for (var n = 0; n < filings; n++) await FileAsync(client, $"计数{n}");
            await SettleAsync(checks);
            await Task.Delay(TimeSpan.FromSeconds(5));
            var filingTo = DateTimeOffset.UtcNow;
            // Azurite writes its log behind the requests it serves.
            await Task.Delay(TimeSpan.FromSeconds(2));

            var requests = AzuriteRequestLog.Read(log);
            Report(requests, idleFrom, filingFrom, filingTo, filings);
            return 0;
        }
        finally
        {
            if (kept is null) File.Delete(log);
        }
    }

    /// <summary>Until every letter is out: counting before then would leave some of the filings' requests out.</summary>
    private static async Task SettleAsync(LoadAndCrashChecks checks)
    {
        if (!await checks.AwaitDeliveryAsync(TimeSpan.FromMinutes(5)))
            throw new InvalidOperationException("The letters were not all delivered within 5 minutes; the count would be short.");
    }

    private static async Task FileAsync(HttpClient client, string name)
    {
        using var request = FilingLoad.Filing(name, Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Filing answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static void Report(IReadOnlyList<AzuriteRequestLog.Request> requests, DateTimeOffset idleFrom, DateTimeOffset filingFrom, DateTimeOffset filingTo, int filings)
    {
        var stretch = (filingTo - filingFrom).TotalSeconds;
        var idleScale = stretch / (filingFrom - idleFrom).TotalSeconds;
        var idle = Kinds(requests.Where(r => r.At >= idleFrom && r.At < filingFrom));
        var busy = Kinds(requests.Where(r => r.At >= filingFrom && r.At < filingTo));
        var perFiling = busy.ToDictionary(k => k.Key, k =>
        {
            var quiet = idle.GetValueOrDefault(k.Key, new Cost(0, 0));
            return new Cost(Math.Max(0, k.Value.Count - quiet.Count * idleScale) / filings, Math.Max(0, k.Value.Milliseconds - quiet.Milliseconds * idleScale) / filings);
        });

        Cost Sum(Func<string, bool> which) => perFiling.Where(k => which(k.Key)).Aggregate(new Cost(0, 0), (a, k) => new Cost(a.Count + k.Value.Count, a.Milliseconds + k.Value.Milliseconds));
        var hub = Sum(IsTaskHub);
        var own = Sum(kind => !IsTaskHub(kind));
        Console.WriteLine($"filing-requests: {filings} filings one after another, then until every letter was out: {stretch:F0} s, " +
                          $"{busy.Values.Sum(c => c.Count):N0} requests, less {idle.Values.Sum(c => c.Count) * idleScale:N0} that the idle app polls in as long");
        Console.WriteLine($"storage requests per filing: {hub.Count + own.Count:F1} — Durable Task Framework {hub.Count:F1}, the app's own {own.Count:F1}");
        // TotalTimeInMS runs from a request's arrival to its answer: requests Azurite interleaves each count the time they overlap.
        Console.WriteLine($"Azurite's time per filing (its TotalTimeInMS, arrival to answer, the debug log slowing it): {hub.Milliseconds + own.Milliseconds:F1} ms — " +
                          $"Durable Task Framework {hub.Milliseconds:F1} ms, the app's own {own.Milliseconds:F1} ms");
        Console.WriteLine("  requests     ms");
        foreach (var (kind, cost) in perFiling.Where(k => k.Value.Count >= 0.05).OrderByDescending(k => k.Value.Milliseconds))
            Console.WriteLine($"  {cost.Count,8:F1}  {cost.Milliseconds,5:F1}  {(IsTaskHub(kind) ? "task hub" : "app     ")}  {kind}");
    }

    private sealed record Cost(double Count, double Milliseconds);

    private static Dictionary<string, Cost> Kinds(IEnumerable<AzuriteRequestLog.Request> requests) =>
        requests.GroupBy(r => $"{r.Method} {r.Resource}").ToDictionary(g => g.Key, g => new Cost(g.Count(), g.Sum(r => r.Milliseconds)));

    private static bool IsTaskHub(string kind) =>
        kind.Split(' ').Any(word => word.StartsWith(OrchestrationSetup.DefaultTaskHub, StringComparison.OrdinalIgnoreCase));
}
