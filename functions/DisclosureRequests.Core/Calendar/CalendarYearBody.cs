namespace DisclosureRequests.Core.Calendar;

/// <summary>
/// <c>PUT /api/calendar/years/{year}</c>: the notice's number and date, the holidays that fall on weekdays and the
/// weekend days worked instead (调休上班). Dates are read as text so that each bad one is named by its position.
/// </summary>
public sealed record CalendarYearBody(CalendarSourceBody? Source, IReadOnlyList<string?>? Holidays, IReadOnlyList<string?>? Workdays);

public sealed record CalendarSourceBody(string? Document, string? PublishedOn);
