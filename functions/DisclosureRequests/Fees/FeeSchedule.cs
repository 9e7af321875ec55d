namespace DisclosureRequests.Fees;

/// <summary>
/// The processing-fee tariff of 国办函〔2020〕109号. By items, counted per applicant per calendar month: 1–10 free,
/// 11–30 at 100 yuan, then each further band of 10 items costs 100 yuan more per item. By pages, per application:
/// 1–30 free, 31–100 at 10, 101–200 at 20, from 201 at 40.
/// </summary>
public static class FeeSchedule
{
    /// <summary>
    /// The most units one notice counts (and the most items counted before it in a month): the tariff has no ceiling,
    /// but beyond this the rate alone passes a million yuan per item, which no lawful notice reaches.
    /// </summary>
    public const int MaxUnits = 100_000;

    public static FeeQuote ByItems(int priorItemsThisMonth, int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priorItemsThisMonth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(priorItemsThisMonth, MaxUnits);
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(items, MaxUnits);
        return new FeeQuote(FeeBasis.Items, items, priorItemsThisMonth);
    }

    public static FeeQuote ByPages(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pages, MaxUnits);
        return new FeeQuote(FeeBasis.Pages, pages, 0);
    }

    internal static IReadOnlyList<FeeBand> ItemBands(int priorItemsThisMonth, int items)
    {
        var bands = new List<FeeBand>();
        var first = priorItemsThisMonth + 1;
        var last = priorItemsThisMonth + items;
        foreach (var (from, to, rate) in RatesUpTo(last))
            AddOverlap(bands, first, last, from, to, rate);
        return bands;
    }

    internal static IReadOnlyList<FeeBand> PageBands(int pages)
    {
        var bands = new List<FeeBand>();
        foreach (var (from, to, rate) in new[] { (31, 100, 10), (101, 200, 20), (201, int.MaxValue, 40) })
            AddOverlap(bands, 1, pages, from, to, rate);
        return bands;
    }

    private static IEnumerable<(int From, int To, int Rate)> RatesUpTo(int upTo)
    {
        yield return (11, 30, 100);
        for (int from = 31, rate = 200; from <= upTo; from += 10, rate += 100)
            yield return (from, from + 9, rate);
    }

    private static void AddOverlap(List<FeeBand> bands, int first, int last, int from, int to, int rate)
    {
        var start = Math.Max(first, from);
        var end = Math.Min(last, to);
        if (start <= end) bands.Add(new FeeBand(start, end, rate));
    }
}
