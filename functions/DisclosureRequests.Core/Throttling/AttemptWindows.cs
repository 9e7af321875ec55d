using System.Collections.Concurrent;

namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// Counts attempts per key in fixed windows of the app's clock. The framework's window limiters read the system
/// clock; counting against <see cref="TimeProvider"/> lets a test move past a window instead of waiting for it.
/// </summary>
public sealed class AttemptWindows(int permitLimit, TimeSpan window, TimeProvider time)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, (long Window, int Used)> counts = new();

    public int PermitLimit => permitLimit;

    public bool IsExhausted(string key) =>
        counts.TryGetValue(key, out var count) && count.Window == CurrentWindow() && count.Used >= permitLimit;

    /// <summary>Takes one attempt if the key has one left in this window.</summary>
    public bool TryTake(string key)
    {
        var taken = false;
        var current = CurrentWindow();
        counts.AddOrUpdate(key,
            _ => { taken = permitLimit > 0; return (current, taken ? 1 : 0); },
            (_, count) =>
            {
                var used = count.Window == current ? count.Used : 0;
                taken = used < permitLimit;
                return (current, taken ? used + 1 : used);
            });
        Prune(current);
        return taken;
    }

    /// <summary>Counts an attempt that already happened (a wrong code), whether or not any were left.</summary>
    public void Count(string key)
    {
        var current = CurrentWindow();
        counts.AddOrUpdate(key, _ => (current, 1), (_, count) => (current, count.Window == current ? count.Used + 1 : 1));
        Prune(current);
    }

    /// <summary>How long until the current window ends and every key has its attempts back.</summary>
    public TimeSpan RetryAfter()
    {
        var now = time.GetUtcNow().UtcTicks;
        return TimeSpan.FromTicks(window.Ticks - now % window.Ticks);
    }

    private long CurrentWindow() => time.GetUtcNow().UtcTicks / window.Ticks;

    private void Prune(long current)
    {
        if (counts.Count <= PruneAbove) return;
        foreach (var (key, count) in counts)
            if (count.Window < current) counts.TryRemove(key, out _);
    }
}
