using DisclosureRequests.Calendar;
using static DisclosureRequests.Tests.Calendar.NoticeArrangements;

namespace DisclosureRequests.Tests.Calendar;

public class HolidayNoticeTests
{
    private static WorkingDayCalendar Through2026 =>
        WorkingDayCalendar.Parse(new StringReader("date,kind,name\n2026-01-01,holiday,元旦\n"));

    private static HolidayNotice Notice2027(params string[] holidays) =>
        new(2027, holidays.Select(Day).ToArray(), [Day("2027-02-20")]);

    [Fact]
    public void A_notice_for_the_year_after_the_last_extends_the_calendar_by_that_year()
    {
        var calendar = Through2026.WithNotices([Notice2027("2027-01-01")]);

        Assert.Equal(Day("2027-12-31"), calendar.LastDay);
        Assert.False(calendar.IsWorkingDay(Day("2027-01-01")));
        Assert.True(calendar.IsWorkingDay(Day("2027-02-20")));
        Assert.Equal(Day("2027-01-05"), calendar.AddWorkingDays(Day("2026-12-31"), 2));
    }

    [Fact]
    public void A_notice_for_a_covered_year_replaces_it_and_one_beyond_a_gap_waits()
    {
        var corrected = Through2026.WithNotices([new HolidayNotice(2026, [Day("2026-01-02")], []), new HolidayNotice(2028, [Day("2028-01-03")], [])]);

        Assert.True(corrected.IsWorkingDay(Day("2026-01-01")));
        Assert.False(corrected.IsWorkingDay(Day("2026-01-02")));
        Assert.Equal(Day("2026-12-31"), corrected.LastDay);
    }

    [Fact]
    public void Weekends_only_extends_the_calendar_for_estimates_without_holidays()
    {
        var estimating = Through2026.WithWeekendsOnlyThrough(2028);

        Assert.Equal(Day("2028-12-31"), estimating.LastDay);
        Assert.True(estimating.IsWorkingDay(Day("2027-01-01")));
        Assert.False(estimating.IsWorkingDay(Day("2027-01-02")));
    }

    [Fact]
    public void Each_impossible_date_is_named_by_its_list_and_position()
    {
        var notice = new HolidayNotice(2027,
            [Day("2027-01-01"), Day("2027-01-01"), Day("2027-01-02"), Day("2026-12-31"), Day("2027-05-03")],
            [Day("2027-05-03"), Day("2027-05-04")]);

        Assert.Equal(
            [("holidays[1]", "calendar-duplicate"), ("holidays[2]", "calendar-holiday-on-weekend"), ("holidays[3]", "calendar-outside-year"),
             ("holidays[4]", "calendar-both-lists"), ("workdays[0]", "calendar-both-lists"), ("workdays[1]", "calendar-workday-on-weekday")],
            notice.Check().Select(e => (e.Field, e.Code)));
        Assert.Equal([("holidays", "calendar-no-holidays")], new HolidayNotice(2027, [], []).Check().Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void The_dates_where_a_notice_and_a_calendar_disagree_are_listed()
    {
        var release = Through2026.WithNotices([Notice2027("2027-01-01", "2027-01-04")]);

        Assert.Equal([Day("2027-01-04"), Day("2027-02-20")], new HolidayNotice(2027, [Day("2027-01-01")], []).DatesDifferingFrom(release));
        Assert.True(Notice2027("2027-01-04", "2027-01-01").SameDaysAs(Notice2027("2027-01-01", "2027-01-04")));
    }
}
