using DisclosureRequests.Calendar;
using static DisclosureRequests.Tests.Calendar.NoticeArrangements;

namespace DisclosureRequests.Tests.Calendar;

public class HolidayCalendarCsvTests
{
    private const string Header = "date,kind,name\n";

    private static WorkingDayCalendar Parse(string csv) => WorkingDayCalendar.Parse(new StringReader(csv));

    [Fact]
    public void A_calendar_covers_whole_years_from_its_first_row_to_its_last()
    {
        var calendar = Parse(Header + "2030-01-01,holiday,元旦\n2031-02-01,workday,春节\n");

        Assert.Equal(Day("2030-01-01"), calendar.FirstDay);
        Assert.Equal(Day("2031-12-31"), calendar.LastDay);
        Assert.False(calendar.IsWorkingDay(Day("2030-01-01")));
        Assert.True(calendar.IsWorkingDay(Day("2031-02-01")));
        Assert.False(calendar.IsWorkingDay(Day("2031-02-02")));
        Assert.True(calendar.IsWorkingDay(Day("2030-01-02")));
    }

    [Theory]
    [InlineData("2030-01-02,workday,元旦\n", "is a Wednesday")]
    [InlineData("2030-01-01,holiday,元旦\n2030-01-01,holiday,元旦\n", "duplicate date 2030-01-01")]
    [InlineData("2030-01-02,holiday,元旦\n2030-01-01,holiday,元旦\n", "out of order")]
    [InlineData("2030-01-01,vacation,元旦\n", "unknown kind 'vacation'")]
    [InlineData("2030-01-01,holiday\n", "expected 3 fields")]
    [InlineData("2030-1-1,holiday,元旦\n", "not a yyyy-MM-dd date")]
    [InlineData("2030-01-01,holiday,\n", "festival name is empty")]
    [InlineData("2030-01-01,holiday,元旦\n2032-01-01,holiday,元旦\n", "no rows for 2031")]
    [InlineData("", "the file has no rows")]
    public void A_bad_row_is_refused_with_its_reason(string rows, string reason)
    {
        var e = Assert.Throws<FormatException>(() => Parse(Header + rows));

        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void A_file_without_the_header_is_refused()
    {
        var e = Assert.Throws<FormatException>(() => Parse("2030-01-01,holiday,元旦\n"));

        Assert.Contains("header", e.Message);
    }

    [Fact]
    public void The_error_names_the_line()
    {
        var e = Assert.Throws<FormatException>(() => Parse(Header + "2030-01-01,holiday,元旦\n2030-01-07,workday,元旦\n"));

        Assert.Contains("line 3", e.Message);
    }
}
