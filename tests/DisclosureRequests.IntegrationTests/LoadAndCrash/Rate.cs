namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

public sealed record Rate(int Count, TimeSpan Elapsed, Latencies Latencies)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"{Count:N0} in {Elapsed.TotalSeconds:F1} s = {PerSecond:F1}/s, p50 {Latencies.Percentile(50):F0} ms, p99 {Latencies.Percentile(99):F0} ms";
}
