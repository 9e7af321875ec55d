using DisclosureRequests.Calendar;

namespace DisclosureRequests.Core.Calendar;

/// <summary>One accepted version of a year's holiday notice as published by an administrator, kept for good.</summary>
public sealed record PublishedYear(
    int Year,
    int Version,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> Workdays,
    NoticeSource Source,
    string PublishedBy,
    DateTimeOffset PublishedAt)
{
    public HolidayNotice Notice => new(Year, Holidays, Workdays);

    /// <summary>A PUT of what is already in force changes nothing.</summary>
    public bool SameContentAs(HolidayNotice notice, NoticeSource source) => Notice.SameDaysAs(notice) && Source == source;
}

/// <summary>The State Council notice a year's dates come from: its number (国办发明电〔2026〕N号) and date.</summary>
public sealed record NoticeSource(string Document, DateOnly PublishedOn);
