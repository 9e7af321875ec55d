using DisclosureRequests.Calendar;

namespace DisclosureRequests.Functions.Health;

/// <summary>
/// How far the working-day calendar reaches. Reply periods run up to two months ahead (20 working days, one
/// extension of 20 more), so from November a missing notice for next year leaves new cases without a due date.
/// </summary>
public sealed record CalendarCoverage(DateOnly CoveredThrough, int DaysLeft, string? Warning)
{
    private const int WarnDaysAhead = 60;

    public static CalendarCoverage Of(WorkingDayCalendar calendar, DateOnly today)
    {
        var daysLeft = calendar.LastDay.DayNumber - today.DayNumber;
        var next = calendar.LastDay.Year + 1;
        return new CalendarCoverage(calendar.LastDay, daysLeft, daysLeft > WarnDaysAhead ? null
            : $"The State Council notice on the {next} holidays is not in the calendar: add its rows to cn-holiday-calendar.csv " +
              $"and release. Until then a case whose reply period runs into {next} shows no due date, and its reminders " +
              "are armed when the release arrives.");
    }
}
