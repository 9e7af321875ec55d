namespace DisclosureRequests.Core.Calendar;

/// <summary>
/// One year of the calendar: <c>origin</c> is <c>built-in</c> (shipped with the release) or <c>published</c> (by an
/// administrator here; it wins over a built-in year, and <c>differsFromBuiltIn</c> lists the dates where they
/// disagree). <c>versions</c>, on the single-year route, is every accepted publication, oldest first.
/// </summary>
public sealed record CalendarYearView(
    int Year,
    string Origin,
    bool BuiltIn,
    NoticeSource? Source,
    int? Version,
    string? PublishedBy,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<DateOnly>? Holidays,
    IReadOnlyList<DateOnly>? Workdays,
    IReadOnlyList<DateOnly>? DiffersFromBuiltIn,
    IReadOnlyList<CalendarYearVersion>? Versions)
{
    public const string BuiltInOrigin = "built-in";
    public const string PublishedOrigin = "published";

    public static IReadOnlyList<CalendarYearView> All(WorkingDayCalendars calendars)
    {
        var inForce = calendars.InForce;
        var builtIn = calendars.BuiltIn;
        return Enumerable.Range(builtIn.FirstDay.Year, builtIn.LastDay.Year - builtIn.FirstDay.Year + 1)
            .Union(inForce.Snapshot.InForce.Select(p => p.Year))
            .Order()
            .Select(year => Of(calendars, year, detailed: false)!)
            .ToArray();
    }

    public static CalendarYearView? Of(WorkingDayCalendars calendars, int year, bool detailed)
    {
        var inForce = calendars.InForce;
        var builtIn = calendars.BuiltIn.Covers(year);
        var differs = inForce.Differences.GetValueOrDefault(year);
        if (inForce.Published(year) is { } p)
            return new CalendarYearView(year, PublishedOrigin, builtIn, p.Source, p.Version, p.PublishedBy, p.PublishedAt,
                detailed ? p.Holidays : null, detailed ? p.Workdays : null, differs,
                detailed ? inForce.Snapshot.Versions.Where(v => v.Year == year).OrderBy(v => v.Version).Select(CalendarYearVersion.Of).ToArray() : null);
        if (!builtIn) return null;
        var notice = DisclosureRequests.Calendar.HolidayNotice.Of(calendars.BuiltIn, year);
        return new CalendarYearView(year, BuiltInOrigin, true, null, null, null, null,
            detailed ? notice.Holidays : null, detailed ? notice.Workdays : null, null, detailed ? [] : null);
    }
}

/// <summary>One accepted publication of a year: who published which notice when, and its dates.</summary>
public sealed record CalendarYearVersion(int Version, NoticeSource Source, string PublishedBy, DateTimeOffset PublishedAt, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays)
{
    public static CalendarYearVersion Of(PublishedYear p) => new(p.Version, p.Source, p.PublishedBy, p.PublishedAt, p.Holidays, p.Workdays);
}
