namespace DisclosureRequests.Tests.Calendar;

/// <summary>The working-day rule applied day by day to <see cref="NoticeArrangements"/>: slow, obvious, independent.</summary>
public static class ReferenceCalendar
{
    private static readonly HashSet<DateOnly> DaysOff = NoticeArrangements.All
        .SelectMany(a => Enumerable.Range(0, a.LastDayOff.DayNumber - a.FirstDayOff.DayNumber + 1).Select(a.FirstDayOff.AddDays))
        .ToHashSet();

    private static readonly HashSet<DateOnly> MakeUpWorkdays = NoticeArrangements.All.SelectMany(a => a.MakeUpWorkdays).ToHashSet();

    public static bool IsWorkingDay(DateOnly date) =>
        MakeUpWorkdays.Contains(date)
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DaysOff.Contains(date));

    public static DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var date = from;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    public static int CountWorkingDays(DateOnly afterExclusive, DateOnly throughInclusive)
    {
        var count = 0;
        for (var date = afterExclusive.AddDays(1); date <= throughInclusive; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
