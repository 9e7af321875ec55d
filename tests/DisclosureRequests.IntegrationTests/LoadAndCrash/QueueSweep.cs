using System.Diagnostics;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>
/// Azurite's queue service sweeps away the messages deleted since its last sweep a minute after it starts and a minute
/// after each sweep, rebuilding an index for every message it removes: after the warm-up's orchestrations that is
/// seconds of its one thread, which would fall on whichever timed window it met. Timing starts after the first sweep;
/// the next one, a minute later, has only what was deleted meanwhile to remove.
/// </summary>
public static class QueueSweep
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(60);
    private const double Busy = 0.6, Resting = 0.3;

    /// <summary>
    /// With the app idle: waits for Azurite's first sweep and until a half-second finds it mostly resting; if it has been
    /// up past its first sweep already, for the next busy spell (the sweep) to pass, or a whole interval when none shows.
    /// Answers how long it waited.
    /// </summary>
    public static async Task<TimeSpan> AwaitAsync(Azurite azurite)
    {
        var started = Stopwatch.GetTimestamp();
        var untilFirst = Interval + Margin - azurite.Uptime;
        var sweeping = untilFirst > TimeSpan.Zero;
        if (sweeping) await Task.Delay(untilFirst);
        while (Stopwatch.GetElapsedTime(started) < Interval + Longest)
        {
            var before = azurite.ProcessorTime;
            await Task.Delay(Slice);
            var busy = (azurite.ProcessorTime - before) / Slice;
            if (busy > Busy) sweeping = true;
            else if (busy < Resting && sweeping) break;
            if (!sweeping && Stopwatch.GetElapsedTime(started) > Interval + Margin) break;
        }
        return Stopwatch.GetElapsedTime(started);
    }
}
