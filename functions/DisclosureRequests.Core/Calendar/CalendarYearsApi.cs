using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Calendar;

/// <summary>The calendar's years and their sources; an administrator publishes or corrects a year's holiday notice.</summary>
public static class CalendarYearsApi
{
    public static IEndpointRouteBuilder MapCalendarYearsApi(this IEndpointRouteBuilder app)
    {
        var years = app.MapGroup("/api/calendar/years").WithTags("Calendar");
        years.MapGet("", ListAsync)
            .AllowAnyone()
            .WithSummary("Each year of the working-day calendar, its source, and whether it is built in or published here");
        years.MapGet("/{year}", GetAsync)
            .AllowAnyone()
            .WithSummary("One year: its holidays, adjusted workdays, source and every published version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        years.MapPut("/{year}", PutAsync)
            .AllowRoles(Roles.Administrator)
            .WithSummary("Publish or correct a year's holiday notice; open cases depending on it are re-planned at once")
            .Accepts<CalendarYearBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CalendarYearView>>> ListAsync(WorkingDayCalendars calendars, CancellationToken ct)
    {
        await calendars.RefreshAsync(force: false, ct);
        return TypedResults.Ok(CalendarYearView.All(calendars));
    }

    private static async Task<Results<Ok<CalendarYearView>, ProblemHttpResult>> GetAsync(string year, HttpContext context, WorkingDayCalendars calendars, CancellationToken ct)
    {
        await calendars.RefreshAsync(force: false, ct);
        if (int.TryParse(year, out var y) && CalendarYearView.Of(calendars, y, detailed: true) is { } view) return TypedResults.Ok(view);
        return Problem.Of(context, ProblemTypes.CalendarYearNotFound, StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<CalendarYearView>, ProblemHttpResult>> PutAsync(string year, HttpContext context, CalendarPublication publication, WorkingDayCalendars calendars, CancellationToken ct)
    {
        var english = Problem.PrefersEnglish(context);
        if (!int.TryParse(year, out var y) || y is < 1900 or > 9999)
            return Problem.Validation(context, FieldMessages.Map([new FieldError("year", "calendar-year-range")], english));
        var (body, problem) = await JsonBody.ReadAsync<CalendarYearBody>(context, ct);
        if (problem is not null) return problem;
        var outcome = await publication.PublishAsync(y, body!, Actors.Officer(context.User).Id, ct);
        return outcome switch
        {
            // Published, so the calendars hold the year.
            CalendarPublication.Outcome.Published => TypedResults.Ok(CalendarYearView.Of(calendars, y, detailed: true)!),
            CalendarPublication.Outcome.Invalid invalid => Problem.Validation(context, FieldMessages.Map(invalid.Errors, english)),
            _ => Problem.Of(context, ProblemTypes.Conflict, StatusCodes.Status409Conflict),
        };
    }
}
