using DisclosureRequests.Calendar;

namespace DisclosureRequests.Core.Calendar;

/// <summary>One composition of the calendar: what it was built from, and where the published years differ from the release.</summary>
public sealed record CalendarInForce(
    WorkingDayCalendar Calendar,
    WorkingDayCalendar Estimating,
    CalendarSnapshot Snapshot,
    IReadOnlyDictionary<int, IReadOnlyList<DateOnly>> Differences)
{
    /// <summary>How many years past the calendar's last an estimate may reach: a reply period with extension and pauses.</summary>
    private const int EstimateYears = 2;

    public static CalendarInForce Compose(WorkingDayCalendar builtIn, CalendarSnapshot snapshot, IReadOnlyList<DateOnly> closures)
    {
        var published = snapshot.InForce;
        var calendar = builtIn.WithNotices(published.Select(p => p.Notice)).WithClosures(closures);
        var differences = published
            .Where(p => builtIn.Covers(p.Year))
            .Select(p => (p.Year, Dates: p.Notice.DatesDifferingFrom(builtIn)))
            .Where(d => d.Dates.Count > 0)
            .ToDictionary(d => d.Year, d => d.Dates);
        return new CalendarInForce(calendar, calendar.WithWeekendsOnlyThrough(calendar.LastDay.Year + EstimateYears), snapshot, differences);
    }

    public PublishedYear? Published(int year) => Snapshot.InForce.FirstOrDefault(p => p.Year == year);
}
