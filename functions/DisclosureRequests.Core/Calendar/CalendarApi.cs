using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Calendar;

public static class CalendarApi
{
    /// <summary>Larger than any statutory period plus extension and pauses; beyond it the answer would leave the calendar anyway.</summary>
    public const int MaxWorkingDays = 1000;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calendar/working-days", AddWorkingDays)
            .AllowAnyone()
            .WithTags("Calendar")
            .WithSummary("The Nth working day after a date, by the State Council's holiday notices (China time)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static Results<Ok<WorkingDayAnswer>, ProblemHttpResult> AddWorkingDays(
        string? from, string? add, HttpContext context, WorkingDayCalendars calendars)
    {
        var calendar = calendars.Current;
        var errors = new List<FieldError>();
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", out var start)) errors.Add(new FieldError("from", "date"));
        if (!int.TryParse(add, out var n) || n is < 0 or > MaxWorkingDays) errors.Add(new FieldError("add", "range"));
        if (errors.Count > 0) return Problem.Validation(context, FieldMessages.Map(errors, Problem.PrefersEnglish(context)));
        try
        {
            return TypedResults.Ok(new WorkingDayAnswer(start, n, calendar.AddWorkingDays(start, n)));
        }
        catch (DateOutsideCalendarException e)
        {
            return Problem.Of(context, ProblemTypes.CalendarNotCovered, StatusCodes.Status422UnprocessableEntity, Problem.PrefersEnglish(context)
                ? $"The calendar covers {calendar.FirstDay:yyyy-MM-dd} to {calendar.LastDay:yyyy-MM-dd}; {e.Date.Year} is not covered."
                : $"工作日历涵盖{calendar.FirstDay:yyyy-MM-dd}至{calendar.LastDay:yyyy-MM-dd}，{e.Date.Year}年的节假日安排尚未录入。");
        }
    }
}

public sealed record WorkingDayAnswer(DateOnly From, int Add, DateOnly Date);
