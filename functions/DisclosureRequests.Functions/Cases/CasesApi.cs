using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Problems;
using DisclosureRequests.Functions.Security;
using DisclosureRequests.Functions.Storage;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Functions.Cases;

/// <summary>The officers' view: the worklist, a case, and its full history.</summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cases", ListAsync)
            .AllowRoles(Roles.Staff)
            .WithTags("Cases")
            .WithSummary("The worklist with working days left; open cases unless a status is given")
            .Produces<IReadOnlyList<WorklistItem>>()
            .ProducesValidationProblem();
        app.MapGet("/api/cases/{id}", GetAsync)
            .AllowRoles(Roles.Staff)
            .WithTags("Cases")
            .WithSummary("One case as the officers see it")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/cases/{id}/history", HistoryAsync)
            .AllowRoles(Roles.Staff)
            .WithTags("Cases")
            .WithSummary("Every event of a case: who, when, what, from which status to which")
            .Produces<IReadOnlyList<CaseEvent>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(string? status, string? dueBefore, string? assignee, HttpContext context, Worklist worklist, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        CaseStatus? wanted = null;
        if (status is not null)
        {
            if (CaseStatusCodes.TryParse(status, out var parsed)) wanted = parsed;
            else errors.Add(new FieldError("status", "status"));
        }
        DateOnly? before = null;
        if (dueBefore is not null)
        {
            if (DateOnly.TryParseExact(dueBefore, "yyyy-MM-dd", out var parsed)) before = parsed;
            else errors.Add(new FieldError("dueBefore", "date"));
        }
        if (errors.Count > 0) return Problem.Validation(context, FieldMessages.Map(errors, Problem.PrefersEnglish(context)));
        return TypedResults.Ok(await worklist.QueryAsync(wanted, before, string.IsNullOrWhiteSpace(assignee) ? null : assignee, ct));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, CaseStore store, CaseCommands commands, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, ct);
        if (loaded is null) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        context.Response.Headers.ETag = $"\"{loaded.State.Version}\"";
        return TypedResults.Ok(CaseView.Of(loaded.State, commands.ReadClock(loaded.State), commands.EstimateReplyDueOn(loaded.State, commands.ReadClock(loaded.State))));
    }

    private static async Task<IResult> HistoryAsync(string id, HttpContext context, CaseStore store, CancellationToken ct)
    {
        if (await store.LoadAsync(id, ct) is null) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        return TypedResults.Ok(await store.HistoryAsync(id, ct));
    }
}
