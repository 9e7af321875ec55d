using System.Globalization;
using DisclosureRequests.Calendar;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Calendar;

/// <summary>
/// An administrator publishes or corrects a year's holiday notice: checked whole (nothing is stored when any field
/// is refused), stored as a new version beside the earlier ones, put in force on this instance at once, and every
/// open case whose dates depend on the year re-planned. Publishing what is already in force changes nothing.
/// </summary>
public sealed class CalendarPublication(CalendarYearStore store, WorkingDayCalendars calendars, CalendarReplanning replanning, TimeProvider time)
{
    public const int MaxDocumentLength = 100;
    private const int Attempts = 5;

    public abstract record Outcome
    {
        public sealed record Published(PublishedYear Year, bool Changed) : Outcome;
        public sealed record Invalid(IReadOnlyList<FieldError> Errors) : Outcome;
        public sealed record Conflict : Outcome;
    }

    public async Task<Outcome> PublishAsync(int year, CalendarYearBody body, string publishedBy, CancellationToken cancellationToken)
    {
        await calendars.RefreshAsync(force: true, cancellationToken);
        var errors = new List<FieldError>();
        var current = calendars.Current;
        if (year < current.FirstDay.Year || year > current.LastDay.Year + 1) errors.Add(new FieldError("year", "calendar-year-range"));
        var source = Source(body.Source, year, errors);
        var holidays = Dates("holidays", body.Holidays, errors);
        var workdays = Dates("workdays", body.Workdays ?? [], errors);
        if (holidays is not null && workdays is not null) errors.AddRange(new HolidayNotice(year, holidays, workdays).Check());
        if (errors.Count > 0 || source is null || holidays is null || workdays is null) return new Outcome.Invalid(errors);
        var notice = new HolidayNotice(year, holidays, workdays);

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var snapshot = await store.LoadAsync(cancellationToken);
            var latest = snapshot.InForce.FirstOrDefault(p => p.Year == year);
            if (latest is not null && latest.SameContentAs(notice, source)) return new Outcome.Published(latest, Changed: false);
            var version = new PublishedYear(year, (latest?.Version ?? 0) + 1, holidays.Order().ToArray(), workdays.Order().ToArray(),
                source, publishedBy, time.GetUtcNow());
            if (!await store.TryAppendAsync(snapshot.Revision, version, cancellationToken)) continue;

            await calendars.RefreshAsync(force: true, cancellationToken);
            await replanning.ReplanAsync(version, wasInForce: current.Covers(year), snapshot.Revision.Number + 1, cancellationToken);
            return new Outcome.Published(version, Changed: true);
        }
        return new Outcome.Conflict();
    }

    private NoticeSource? Source(CalendarSourceBody? body, int year, List<FieldError> errors)
    {
        if (body is null)
        {
            errors.Add(new FieldError("source", "required"));
            return null;
        }
        var document = body.Document?.Trim() ?? "";
        if (document.Length == 0) errors.Add(new FieldError("source.document", "required"));
        else if (document.Length > MaxDocumentLength) errors.Add(new FieldError("source.document", "too-long"));
        if (string.IsNullOrWhiteSpace(body.PublishedOn))
        {
            errors.Add(new FieldError("source.publishedOn", "required"));
            return null;
        }
        if (!DateOnly.TryParseExact(body.PublishedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var publishedOn))
        {
            errors.Add(new FieldError("source.publishedOn", "date"));
            return null;
        }
        if (publishedOn > ChinaTime.Today(time)) errors.Add(new FieldError("source.publishedOn", "calendar-source-in-future"));
        else if (publishedOn.Year != year && publishedOn.Year != year - 1) errors.Add(new FieldError("source.publishedOn", "calendar-source-year"));
        return document.Length is > 0 and <= MaxDocumentLength ? new NoticeSource(document, publishedOn) : null;
    }

    private static DateOnly[]? Dates(string field, IReadOnlyList<string?>? values, List<FieldError> errors)
    {
        if (values is null)
        {
            errors.Add(new FieldError(field, "required"));
            return null;
        }
        if (values.Count > 366)
        {
            errors.Add(new FieldError(field, "range"));
            return null;
        }
        var dates = new DateOnly[values.Count];
        var valid = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (DateOnly.TryParseExact(values[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) dates[i] = date;
            else
            {
                errors.Add(new FieldError($"{field}[{i}]", "date"));
                valid = false;
            }
        }
        return valid ? dates : null;
    }
}
