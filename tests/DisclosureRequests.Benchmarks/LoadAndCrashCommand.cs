using DisclosureRequests.IntegrationTests.LoadAndCrash;

namespace DisclosureRequests.Benchmarks;

/// <summary>
/// <c>load-and-crash [--clients 16] [--measure-seconds 20] [--load-seconds 120] [--kills 8]</c>: the integration
/// tests' short run, longer; <c>filing</c> is its throughput part alone (no kills). Fails when a check does not hold or,
/// at its number of clients, filing misses its <see cref="FilingTarget"/>.
/// </summary>
public static class LoadAndCrashCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadAndCrashOptions.Parse(args);
        if (args is ["filing", ..]) options = options with { LoadFor = TimeSpan.Zero, Kills = 0 };
        var findings = await new LoadAndCrashHarness(options, Console.Out).RunAsync();
        return findings.Problems.Count == 0 && FilingTarget.Met(options.Clients, findings.Filing, findings.Raw) ? 0 : 1;
    }
}
