namespace DisclosureRequests.Calendar;

public sealed class DateOutsideCalendarException(DateOnly date, DateOnly firstDay, DateOnly lastDay)
    : Exception($"{date:yyyy-MM-dd} is outside the working-day calendar ({firstDay:yyyy-MM-dd} to {lastDay:yyyy-MM-dd}); add the State Council holiday notice for {date.Year}.")
{
    public DateOnly Date { get; } = date;
}
