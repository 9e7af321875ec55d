using System.Globalization;

namespace DisclosureRequests.Calendar;

/// <summary>
/// A date falls outside the years the working-day calendar knows. Working days depend on the State Council's
/// yearly holiday notice, so a date in a year without one is an error, never a guess.
/// </summary>
public sealed class DateOutsideCalendarException : Exception
{
    public DateOutsideCalendarException(DateOnly date, DateOnly firstDay, DateOnly lastDay)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "{0:yyyy-MM-dd} is outside the working-day calendar, which covers {1:yyyy-MM-dd} to {2:yyyy-MM-dd}. " +
            "The State Council notice on holiday arrangements for {3} must be published (PUT /api/calendar/years/{3}) " +
            "before working days in that year can be counted.",
            date, firstDay, lastDay, date.Year))
    {
        Date = date;
    }

    public DateOnly Date { get; }
}
