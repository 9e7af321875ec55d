using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// The date a case is ranked by on the worklist, most urgent first. The due date when it is known; otherwise the
/// earliest it could fall on (the weekends-only estimate while a year's notice is missing), so a case is never put last merely because its due date cannot be counted yet.
/// </summary>
public static class WorklistRank
{
    public static DateOnly DateOf(CaseState state, ClockReading reading, WorkingDayCalendar calendar, DateOnly? estimate)
    {
        if (reading.ReplyDueOn is { } due) return due;
        if (estimate is { } estimated) return estimated;
        var working = reading.WorkingDaysLeft ?? StatutoryPeriods.ReplyWorkingDays + state.Clock.ExtensionWorkingDays;
        var from = state.Clock.Pauses.LastOrDefault(p => p.EndedOn is null)?.StartedOn ?? state.Clock.PeriodStartsOn;
        try
        {
            return calendar.AddWorkingDays(from, working);
        }
        catch (DateOutsideCalendarException)
        {
            return WeekdaysAfter(from, working);
        }
    }

    // Where the holiday notice is not yet published, only weekends are known to be rest days.
    private static DateOnly WeekdaysAfter(DateOnly from, int workingDays)
    {
        var day = from;
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) workingDays--;
        }
        return day;
    }
}
