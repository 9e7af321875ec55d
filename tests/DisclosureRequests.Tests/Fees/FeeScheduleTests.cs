using CsCheck;
using DisclosureRequests.Fees;

namespace DisclosureRequests.Tests.Fees;

public sealed class FeeScheduleTests
{
    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(0, 11, 100)]
    [InlineData(0, 30, 2000)]
    [InlineData(0, 31, 2200)]
    [InlineData(0, 40, 4000)]
    [InlineData(0, 41, 4300)]
    [InlineData(0, 50, 7000)]
    [InlineData(0, 51, 7400)]
    [InlineData(9, 3, 200)]
    [InlineData(29, 2, 300)]
    public void Items_are_charged_by_the_applicants_running_count_in_the_month(int prior, int items, int amount) =>
        Assert.Equal(amount, FeeSchedule.ByItems(prior, items).Amount);

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void Pages_are_charged_per_application_in_three_bands(int pages, int amount) =>
        Assert.Equal(amount, FeeSchedule.ByPages(pages).Amount);

    [Fact]
    public void The_quote_lists_each_charged_band_with_its_rate()
    {
        var quote = FeeSchedule.ByItems(25, 20);
        Assert.Equal([new FeeBand(26, 30, 100), new FeeBand(31, 40, 200), new FeeBand(41, 45, 300)], quote.Bands);
        Assert.Equal(500 + 2000 + 1500, quote.Amount);
    }

    [Fact]
    public void Splitting_a_months_items_across_applications_never_changes_the_total() =>
        Gen.Select(Gen.Int[1, 200], Gen.Int[1, 200]).Sample((first, second) =>
            FeeSchedule.ByItems(0, first).Amount + FeeSchedule.ByItems(first, second).Amount == FeeSchedule.ByItems(0, first + second).Amount);

    [Fact]
    public void More_pages_never_cost_less() =>
        Gen.Int[1, 5000].Sample(pages => FeeSchedule.ByPages(pages + 1).Amount >= FeeSchedule.ByPages(pages).Amount);

    [Theory]
    [InlineData(50_000, 12_492_502_000L)]
    [InlineData(100_000, 49_985_002_000L)]
    public void The_largest_counts_are_charged_in_full_without_overflow(int items, long amount) =>
        Assert.Equal(amount, FeeSchedule.ByItems(0, items).Amount);

    [Fact]
    public void A_notice_lists_at_most_four_lines_and_they_add_up_to_the_amount() =>
        Gen.Select(Gen.Int[0, 2000], Gen.Int[1, FeeSchedule.MaxUnits]).Sample((prior, items) =>
        {
            var quote = FeeSchedule.ByItems(prior, items);
            return quote.Lines.Count <= FeeQuote.MaxLines && quote.Lines.Sum(l => l.Subtotal) == quote.Amount
                && quote.Lines.Sum(l => l.Units) == quote.Bands.Sum(b => b.Units);
        }, iter: 200);

    [Fact]
    public void Counts_beyond_the_maximum_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeSchedule.ByItems(0, FeeSchedule.MaxUnits + 1));
}
