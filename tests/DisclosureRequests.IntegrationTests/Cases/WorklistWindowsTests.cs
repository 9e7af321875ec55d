using DisclosureRequests.Core.Cases;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class WorklistWindowsTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Theory]
    [InlineData(WorklistKeys.OpenPrefix)]
    [InlineData("rank-open|20260603|2026-000001|000001")]
    [InlineData("rank-open|20991231|2026-000001|000001")]
    [InlineData(WorklistKeys.ClosedPrefix)]
    public void The_windows_follow_on_from_the_key_without_gap_or_overlap_to_the_end_of_the_list(string after)
    {
        var prefix = after.StartsWith(WorklistKeys.ClosedPrefix, StringComparison.Ordinal) ? WorklistKeys.ClosedPrefix : WorklistKeys.OpenPrefix;
        var windows = WorklistWindows.Following(after, prefix, Today).ToList();
        Assert.Equal(after, windows[0].After);
        Assert.Equal(WorklistKeys.End(prefix), windows[^1].Before);
        for (var i = 1; i < windows.Count; i++) Assert.Equal(windows[i - 1].Before, windows[i].After);
        Assert.All(windows, w => Assert.True(string.CompareOrdinal(w.After, w.Before) < 0, $"{w.After} is not before {w.Before}"));
    }

    [Fact]
    public void Every_ranked_key_after_the_start_falls_in_exactly_one_window_and_in_rank_order()
    {
        var keys = new[] { -400, -3, 0, 1, 2, 5, 40, 127, 128, 129, 3000 }
            .Select((offset, i) => WorklistKeys.Place(true, Today.AddDays(offset), $"2026-{i:D6}") + "000001")
            .ToList();
        var windows = WorklistWindows.Following(WorklistKeys.OpenPrefix, WorklistKeys.OpenPrefix, Today).ToList();
        var read = windows.SelectMany(w => keys.Where(k => string.CompareOrdinal(k, w.After) > 0 && string.CompareOrdinal(k, w.Before) < 0)).ToList();
        Assert.Equal(keys, read);
    }

    [Fact]
    public void The_first_page_reads_everything_due_up_to_today_first_then_a_day_at_a_time_widening()
    {
        var windows = WorklistWindows.Following(WorklistKeys.OpenPrefix, WorklistKeys.OpenPrefix, Today).Take(4).Select(w => w.Before);
        Assert.Equal(["rank-open|20260602", "rank-open|20260603", "rank-open|20260605", "rank-open|20260609"], windows);
    }

    [Fact]
    public void A_continuation_reads_the_rest_of_its_own_day_first()
    {
        var windows = WorklistWindows.Following("rank-open|20260603|2026-000001|000001", WorklistKeys.OpenPrefix, Today).First();
        Assert.Equal("rank-open|20260604", windows.Before);
    }
}
