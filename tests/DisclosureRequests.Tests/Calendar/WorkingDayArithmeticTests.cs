using DisclosureRequests.Calendar;
using static DisclosureRequests.Tests.Calendar.NoticeArrangements;

namespace DisclosureRequests.Tests.Calendar;

public class WorkingDayArithmeticTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    [Fact]
    public void Adding_zero_working_days_returns_the_day_itself_even_on_a_holiday()
    {
        Assert.Equal(Day("2025-10-01"), Official.AddWorkingDays(Day("2025-10-01"), 0));
    }

    [Fact]
    public void The_starting_day_never_counts()
    {
        Assert.Equal(Day("2025-03-04"), Official.AddWorkingDays(Day("2025-03-03"), 1));
        Assert.Equal(0, Official.CountWorkingDays(Day("2025-03-03"), Day("2025-03-03")));
    }

    [Fact]
    public void Adding_a_negative_number_of_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(Day("2025-03-03"), -1));
    }

    [Fact]
    public void Counting_backwards_gives_zero()
    {
        Assert.Equal(0, Official.CountWorkingDays(Day("2025-03-31"), Day("2025-03-03")));
    }

    [Fact]
    public void The_last_covered_working_day_can_be_reached_but_not_passed()
    {
        Assert.Equal(Day("2026-12-31"), Official.AddWorkingDays(Day("2026-12-30"), 1));

        var e = Assert.Throws<DateOutsideCalendarException>(() => Official.AddWorkingDays(Day("2026-12-31"), 1));
        Assert.Equal(Day("2027-01-01"), e.Date);
        Assert.Contains("2018-01-01", e.Message);
        Assert.Contains("2026-12-31", e.Message);
        Assert.Contains("State Council notice", e.Message);
        Assert.Contains("2027", e.Message);
    }

    [Fact]
    public void A_huge_number_of_working_days_runs_out_of_the_calendar_instead_of_overflowing()
    {
        Assert.Throws<DateOutsideCalendarException>(() => Official.AddWorkingDays(Day("2025-03-03"), int.MaxValue));
    }

    [Theory]
    [InlineData("2017-12-31")]
    [InlineData("2027-01-01")]
    public void A_date_outside_the_covered_years_is_an_error_never_a_guess(string date)
    {
        var day = Day(date);

        Assert.Equal(day, Assert.Throws<DateOutsideCalendarException>(() => Official.IsWorkingDay(day)).Date);
        Assert.Throws<DateOutsideCalendarException>(() => Official.AddWorkingDays(day, 0));
        Assert.Throws<DateOutsideCalendarException>(() => Official.CountWorkingDays(day, Day("2025-03-03")));
        Assert.Throws<DateOutsideCalendarException>(() => Official.CountWorkingDays(Day("2025-03-03"), day));
    }

    [Fact]
    public void An_agency_closure_day_is_a_rest_day_in_that_agencys_calendar_only()
    {
        var closed = Official.WithClosures([Day("2025-03-04")]);

        Assert.False(closed.IsWorkingDay(Day("2025-03-04")));
        Assert.True(Official.IsWorkingDay(Day("2025-03-04")));
        Assert.Equal(Day("2025-03-05"), closed.AddWorkingDays(Day("2025-03-03"), 1));
        Assert.Equal(Day("2025-04-01"), closed.AddWorkingDays(Day("2025-03-03"), 20));
        Assert.Equal(Official.FirstDay, closed.FirstDay);
        Assert.Equal(Official.LastDay, closed.LastDay);
    }

    [Fact]
    public void A_closure_day_before_the_covered_years_is_refused()
    {
        Assert.Throws<DateOutsideCalendarException>(() => Official.WithClosures([Day("2017-06-01")]));
    }

    [Fact]
    public void A_closure_day_in_a_year_not_yet_published_takes_effect_once_the_year_is_added()
    {
        var closures = new[] { Day("2027-01-04") };
        Assert.Equal(Official.LastDay, Official.WithClosures(closures).LastDay);

        var published = Official.WithNotices([new HolidayNotice(2027, [Day("2027-01-01")], [])]).WithClosures(closures);
        Assert.False(published.IsWorkingDay(Day("2027-01-04")));
        Assert.True(published.IsWorkingDay(Day("2027-01-05")));
    }

    [Fact]
    public void The_official_calendar_is_parsed_once()
    {
        Assert.Same(WorkingDayCalendar.Official, WorkingDayCalendar.Official);
    }
}
