using System.Globalization;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// The ranked rows after a key, cut into consecutive windows of rank dates that widen as they go: the rest of the
/// first day (from the start of the list, everything due up to today, overdue cases included), then 1, 2, 4 … 64 days more,
/// then the rest of the list. The local storage emulator filters and sorts every row of a range before it returns the
/// first ones, so a page read from the whole list costs as much as the list; read window by window, it costs about
/// as much as the rows it needs. Together the windows cover the range exactly once, in order.
/// </summary>
public static class WorklistWindows
{
    private const int Widenings = 7;

    /// <summary>Pairs of exclusive bounds: rows with <c>After &lt; RowKey &lt; Before</c>.</summary>
    public static IEnumerable<(string After, string Before)> Following(string after, string prefix, DateOnly today)
    {
        var start = RankDate(after, prefix) ?? today;
        var lower = after;
        for (var i = 0; i <= Widenings; i++)
        {
            var days = 1 << i;
            if (start.DayNumber > DateOnly.MaxValue.DayNumber - days) break;
            // No row key equals a bound: every ranked key goes on after its date with '|' and the tracking number.
            var bound = prefix + start.AddDays(days).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            if (string.CompareOrdinal(bound, lower) <= 0) continue;
            yield return (lower, bound);
            lower = bound;
        }
        yield return (lower, WorklistKeys.End(prefix));
    }

    private static DateOnly? RankDate(string key, string prefix) =>
        key.Length >= prefix.Length + 8 && key.StartsWith(prefix, StringComparison.Ordinal)
        && DateOnly.TryParseExact(key.AsSpan(prefix.Length, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
