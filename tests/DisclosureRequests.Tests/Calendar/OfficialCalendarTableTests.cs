using DisclosureRequests.Calendar;
using static DisclosureRequests.Tests.Calendar.NoticeArrangements;

namespace DisclosureRequests.Tests.Calendar;

public class OfficialCalendarTableTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    public static TheoryData<int, string, string, string> Spans()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var a in All)
        {
            data.Add(a.NoticeYear, a.Festival, a.FirstDayOff.ToString("yyyy-MM-dd"), a.LastDayOff.ToString("yyyy-MM-dd"));
        }

        return data;
    }

    public static TheoryData<int, string, string> MakeUpWorkdays()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var a in All)
        {
            foreach (var day in a.MakeUpWorkdays)
            {
                data.Add(a.NoticeYear, a.Festival, day.ToString("yyyy-MM-dd"));
            }
        }

        return data;
    }

    public static TheoryData<int, int> YearTotals()
    {
        var data = new TheoryData<int, int>();
        foreach (var (year, total) in WorkingDaysPerYear)
        {
            data.Add(year, total);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Spans))]
    public void Every_day_of_a_holiday_span_is_a_rest_day(int noticeYear, string festival, string first, string last)
    {
        for (var day = Day(first); day <= Day(last); day = day.AddDays(1))
        {
            Assert.True(!Official.IsWorkingDay(day), $"{noticeYear} {festival}: {day:yyyy-MM-dd} should be a rest day");
        }
    }

    [Theory]
    [MemberData(nameof(Spans))]
    public void The_first_working_day_after_the_eve_of_a_span_is_the_first_working_day_after_the_span(
        int noticeYear, string festival, string first, string last)
    {
        var eve = Day(first).AddDays(-1);
        var afterSpan = ReferenceCalendar.AddWorkingDays(Day(last), 1);

        Assert.True(afterSpan > Day(last), $"{noticeYear} {festival}");
        Assert.Equal(afterSpan, Official.AddWorkingDays(Day(last), 1));
        if (eve < Official.FirstDay)
        {
            // 2018 元旦: its eve lies before the first covered year, which is an error rather than a guess.
            Assert.Throws<DateOutsideCalendarException>(() => Official.AddWorkingDays(eve, 1));
            return;
        }

        Assert.Equal(afterSpan, Official.AddWorkingDays(eve, 1));
        Assert.Equal(0, Official.CountWorkingDays(eve, Day(last)));
    }

    [Theory]
    [MemberData(nameof(MakeUpWorkdays))]
    public void A_make_up_workday_is_a_working_day_that_follows_the_day_before_it(int noticeYear, string festival, string workday)
    {
        var day = Day(workday);

        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{noticeYear} {festival}: make-up days are weekend days");
        Assert.True(Official.IsWorkingDay(day));
        Assert.Equal(day, Official.AddWorkingDays(day.AddDays(-1), 1));
        Assert.Equal(1, Official.CountWorkingDays(day.AddDays(-1), day));
        Assert.Equal(ReferenceCalendar.AddWorkingDays(day, 1), Official.AddWorkingDays(day, 1));
    }

    [Theory]
    [MemberData(nameof(YearTotals))]
    public void Each_year_has_the_published_number_of_working_days(int year, int workingDays)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var count = year == 2018
            ? Official.CountWorkingDays(Official.FirstDay, yearEnd) + (Official.IsWorkingDay(Official.FirstDay) ? 1 : 0)
            : Official.CountWorkingDays(new DateOnly(year - 1, 12, 31), yearEnd);

        Assert.Equal(workingDays, count);
        Assert.Equal(workingDays, ReferenceCalendar.CountWorkingDays(new DateOnly(year - 1, 12, 31), yearEnd));
    }

    [Fact]
    public void Every_covered_day_agrees_with_the_notices_day_by_day()
    {
        Assert.Equal(new DateOnly(2018, 1, 1), Official.FirstDay);
        Assert.Equal(new DateOnly(2026, 12, 31), Official.LastDay);

        var disagreements = new List<string>();
        for (var day = Official.FirstDay; day <= Official.LastDay; day = day.AddDays(1))
        {
            if (Official.IsWorkingDay(day) != ReferenceCalendar.IsWorkingDay(day))
            {
                disagreements.Add($"{day:yyyy-MM-dd} {day.DayOfWeek}");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Adding_from_every_covered_day_agrees_with_counting_day_by_day()
    {
        for (var day = Official.FirstDay; day <= Official.LastDay.AddDays(-60); day = day.AddDays(1))
        {
            Assert.Equal(ReferenceCalendar.AddWorkingDays(day, 20), Official.AddWorkingDays(day, 20));
        }
    }

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-14")] // Friday before 春节: the Saturday make-up day comes next
    [InlineData("2026-02-14", 1, "2026-02-24")] // the whole 9-day span is skipped
    [InlineData("2025-09-26", 20, "2025-10-30")] // across 国庆节、中秋节, with both make-up days counted
    [InlineData("2020-01-23", 1, "2020-02-03")] // the extended 2020 Spring Festival; 02-01 is no longer worked
    [InlineData("2019-04-30", 1, "2019-05-05")] // the amended 2019 May Day: Sunday 05-05 is worked
    [InlineData("2018-12-28", 1, "2018-12-29")] // 2019 notice's make-up Saturday in December 2018
    [InlineData("2022-12-30", 1, "2023-01-03")] // 2023 元旦 begins on 2022-12-31
    [InlineData("2024-02-08", 1, "2024-02-09")] // 除夕 2024 is not a holiday, only encouraged leave
    public void Hand_checked_working_days(string from, int add, string expected)
    {
        Assert.Equal(Day(expected), Official.AddWorkingDays(Day(from), add));
    }
}
