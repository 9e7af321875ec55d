using DisclosureRequests.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Cases;

/// <summary>The officers' view: the worklist, a case, and its full history.</summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").AllowRoles(Roles.Staff).WithTags("Cases");
        cases.MapGet("", ListAsync)
            .WithSummary("The worklist a page at a time, most urgent first: open cases unless a status is given; q finds words of the tracking number, applicant name or request")
            .Produces<WorklistPage>()
            .ProducesValidationProblem();
        cases.MapGet("/{id}", GetAsync)
            .WithSummary("One case as the officers see it")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapGet("/{id}/history", HistoryAsync)
            .WithSummary("Every event of a case: who, when, what, from which status to which")
            .Produces<IReadOnlyList<CaseEvent>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(
        string? status, string? dueBefore, string? assignee, string? q, string? pageSize, string? continuation,
        HttpContext context, Worklist worklist, TimeProvider time, CancellationToken ct)
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
        var size = WorklistQuery.DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, out size) || size is < 1 or > WorklistQuery.MaxPageSize))
            errors.Add(new FieldError("pageSize", "page-size"));
        WorklistContinuation? from = null;
        if (continuation is not null)
        {
            if (!WorklistContinuation.TryDecode(continuation, out from)) errors.Add(new FieldError("continuation", "continuation"));
            else if (from!.AsOf < time.GetUtcNow() - WorklistKeys.PagingLifetime) errors.Add(new FieldError("continuation", "continuation-expired"));
        }
        if (q is { Length: > 200 }) errors.Add(new FieldError("q", "too-long"));
        if (errors.Count > 0) return Problem.Validation(context, FieldMessages.Map(errors, Problem.PrefersEnglish(context)));
        var query = new WorklistQuery(wanted, before, string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim(),
            string.IsNullOrWhiteSpace(q) ? null : q, size, from);
        return TypedResults.Ok(await worklist.QueryAsync(query, ct));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, CaseStore store, CaseCommands commands, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, ct);
        if (loaded is null) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        context.Response.Headers.ETag = $"\"{loaded.State.Version}\"";
        return TypedResults.Ok(commands.View(loaded.State));
    }

    private static async Task<IResult> HistoryAsync(string id, HttpContext context, CaseStore store, CancellationToken ct)
    {
        if (await store.LoadAsync(id, ct) is null) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        return TypedResults.Ok(await store.HistoryAsync(id, ct));
    }
}
