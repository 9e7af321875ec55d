using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// While the reply period runs into a year whose holiday notice is not published, the due date is not known and is
/// never guessed; officers still need to know roughly when it falls, so they are shown the date counting weekends
/// only, marked as an estimate, and the worklist ranks the case by it.
/// </summary>
public static class CaseDeadlineEstimate
{
    public static DateOnly? ReplyDueOn(CaseState state, ClockReading reading, WorkingDayCalendar estimating)
    {
        if (reading.ReplyDueOn is not null || reading.Unavailable?.StartsWith("calendar-not-published", StringComparison.Ordinal) != true) return null;
        try
        {
            return state.ReadClock(estimating, state.ReceivedOn).ReplyDueOn;
        }
        catch (DateOutsideCalendarException)
        {
            return null;
        }
    }
}
