namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>What filing must reach at <see cref="Clients"/> clients: 0.7 of the raw transaction rate measured beside it, with p99 under 250 ms.</summary>
public static class FilingTarget
{
    public const int Clients = 16;
    public const double MinRatio = 0.7;
    public const double MaxP99Ms = 250;

    /// <summary>Whether a run at <paramref name="clients"/> clients met the target; a run at another count is not held to it.</summary>
    public static bool Met(int clients, Rate filing, Rate raw) => clients != Clients || Met(filing, raw);

    public static bool Met(Rate filing, Rate raw) =>
        filing.PerSecond / raw.PerSecond >= MinRatio && filing.Latencies.Percentile(99) < MaxP99Ms;

    public static string Describe(Rate filing, Rate raw) =>
        $"filing / raw transaction rate just before: {filing.PerSecond / raw.PerSecond:F2} (target {MinRatio:F2}), " +
        $"p99 {filing.Latencies.Percentile(99):F0} ms (target under {MaxP99Ms:F0} ms): {(Met(filing, raw) ? "met" : "missed")}";
}
