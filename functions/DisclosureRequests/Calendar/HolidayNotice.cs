using DisclosureRequests.Intake;

namespace DisclosureRequests.Calendar;

/// <summary>
/// One year of the State Council's notice on holiday arrangements: the holidays that fall on weekdays and the
/// weekend days worked instead (调休上班日). Every other day is a working day from Monday to Friday.
/// </summary>
public sealed record HolidayNotice(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays)
{
    /// <summary>The notice as a calendar keeps it: holidays on weekdays, workdays on weekends, both sorted.</summary>
    public static HolidayNotice Of(WorkingDayCalendar calendar, int year)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i)).ToArray();
        return new HolidayNotice(year,
            days.Where(d => !IsWeekend(d) && !calendar.IsWorkingDay(d)).ToArray(),
            days.Where(d => IsWeekend(d) && calendar.IsWorkingDay(d)).ToArray());
    }

    /// <summary>
    /// What cannot be a notice, by field (<c>holidays[3]</c>): a date outside the year, a date listed twice or in both
    /// lists, a holiday on a weekend (already a rest day, so it would be counted twice) and a workday on a weekday
    /// (already worked). A notice always names some holiday.
    /// </summary>
    public IReadOnlyList<FieldError> Check()
    {
        var errors = new List<FieldError>();
        if (Holidays.Count == 0) errors.Add(new FieldError("holidays", "calendar-no-holidays"));
        CheckList("holidays", Holidays, Workdays, weekendIsWrong: true, errors);
        CheckList("workdays", Workdays, Holidays, weekendIsWrong: false, errors);
        return errors;
    }

    public bool IsWorkingDay(DateOnly date) =>
        Workdays.Contains(date) || (!IsWeekend(date) && !Holidays.Contains(date));

    /// <summary>The days of the year on which this notice and <paramref name="calendar"/> disagree about working.</summary>
    public IReadOnlyList<DateOnly> DatesDifferingFrom(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var first = new DateOnly(Year, 1, 1);
        return Enumerable.Range(0, DateTime.IsLeapYear(Year) ? 366 : 365)
            .Select(first.AddDays)
            .Where(d => calendar.IsWorkingDay(d) != IsWorkingDay(d))
            .ToArray();
    }

    /// <summary>Same days, whatever the order they were listed in.</summary>
    public bool SameDaysAs(HolidayNotice other) =>
        Year == other.Year && Holidays.Order().SequenceEqual(other.Holidays.Order()) && Workdays.Order().SequenceEqual(other.Workdays.Order());

    private void CheckList(string field, IReadOnlyList<DateOnly> dates, IReadOnlyList<DateOnly> others, bool weekendIsWrong, List<FieldError> errors)
    {
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            var key = $"{field}[{i}]";
            if (date.Year != Year) errors.Add(new FieldError(key, "calendar-outside-year"));
            else if (!seen.Add(date)) errors.Add(new FieldError(key, "calendar-duplicate"));
            else if (others.Contains(date)) errors.Add(new FieldError(key, "calendar-both-lists"));
            else if (weekendIsWrong && IsWeekend(date)) errors.Add(new FieldError(key, "calendar-holiday-on-weekend"));
            else if (!weekendIsWrong && !IsWeekend(date)) errors.Add(new FieldError(key, "calendar-workday-on-weekday"));
        }
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
