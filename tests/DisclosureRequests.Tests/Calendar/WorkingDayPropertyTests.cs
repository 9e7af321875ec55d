using CsCheck;
using DisclosureRequests.Calendar;

namespace DisclosureRequests.Tests.Calendar;

public class WorkingDayPropertyTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    // 60 working days never need more than 100 calendar days, so every result stays inside the calendar.
    private static readonly Gen<DateOnly> CoveredDay = Gen.DateOnly[Official.FirstDay, Official.LastDay.AddDays(-100)];
    private static readonly Gen<int> WorkingDays = Gen.Int[0, 60];

    [Fact]
    public void Counting_back_what_was_added_gives_the_number_added()
    {
        Gen.Select(CoveredDay, WorkingDays).Sample(
            (from, n) => Official.CountWorkingDays(from, Official.AddWorkingDays(from, n)) == n, iter: 5_000);
    }

    [Fact]
    public void Adding_at_least_one_working_day_lands_on_a_working_day_after_the_start()
    {
        Gen.Select(CoveredDay, Gen.Int[1, 60]).Sample(
            (from, n) => Official.AddWorkingDays(from, n) is var due && due > from && Official.IsWorkingDay(due), iter: 5_000);
    }

    [Fact]
    public void Adding_keeps_the_order_of_the_starting_days()
    {
        Gen.Select(CoveredDay, CoveredDay, WorkingDays).Sample((a, b, n) =>
        {
            var (early, late) = a <= b ? (a, b) : (b, a);
            return Official.AddWorkingDays(early, n) <= Official.AddWorkingDays(late, n);
        }, iter: 5_000);
    }

    [Fact]
    public void Counts_over_adjoining_ranges_add_up()
    {
        Gen.Select(CoveredDay, CoveredDay, CoveredDay).Sample((x, y, z) =>
        {
            DateOnly[] days = [x, y, z];
            Array.Sort(days);
            return Official.CountWorkingDays(days[0], days[2])
                == Official.CountWorkingDays(days[0], days[1]) + Official.CountWorkingDays(days[1], days[2]);
        }, iter: 5_000);
    }

    [Fact]
    public void Adding_and_counting_agree_with_the_day_by_day_reference()
    {
        Gen.Select(CoveredDay, WorkingDays, Gen.Int[0, 90]).Sample((from, n, span) =>
            Official.AddWorkingDays(from, n) == ReferenceCalendar.AddWorkingDays(from, n)
            && Official.CountWorkingDays(from, from.AddDays(span)) == ReferenceCalendar.CountWorkingDays(from, from.AddDays(span)),
            iter: 2_000);
    }
}
