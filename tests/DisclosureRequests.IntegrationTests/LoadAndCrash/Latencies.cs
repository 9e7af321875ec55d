namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>Response times in milliseconds, gathered from many clients at once.</summary>
public sealed class Latencies
{
    private readonly List<double> milliseconds = [];

    public int Count
    {
        get
        {
            lock (milliseconds) return milliseconds.Count;
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds) milliseconds.Add(elapsed.TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0) return double.NaN;
            var sorted = milliseconds.Order().ToArray();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }
}
