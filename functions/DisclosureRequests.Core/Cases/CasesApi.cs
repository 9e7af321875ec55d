using DisclosureRequests.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Intake;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Cases;

/// <summary>The officers' view: the worklist, a case, and its full history.</summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").AllowRoles(Roles.Staff).WithTags("Cases");
        cases.MapGet("", ListAsync)
            .WithSummary("The worklist a page at a time, most urgent first: open cases unless a status is given; q finds words of the tracking number, applicant name or request")
            .ProducesValidationProblem();
        cases.MapGet("/{id}", GetAsync)
            .WithSummary("One case as the officers see it")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapGet("/{id}/history", HistoryAsync)
            .WithSummary("Every event of a case: who, when, what, from which status to which")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<WorklistPage>, ProblemHttpResult>> ListAsync(
        string? status, string? dueBefore, string? assignee, string? q, string? pageSize, string? continuation,
        HttpContext context, [AsParameters] CaseApiServices services, CancellationToken ct)
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
            else if (from!.AsOf < services.Time.GetUtcNow() - WorklistKeys.PagingLifetime) errors.Add(new FieldError("continuation", "continuation-expired"));
        }
        if (q is { Length: > 200 }) errors.Add(new FieldError("q", "too-long"));
        if (errors.Count > 0) return Problem.Validation(context, FieldMessages.Map(errors, Problem.PrefersEnglish(context)));
        var query = new WorklistQuery(wanted, before, string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim(),
            string.IsNullOrWhiteSpace(q) ? null : q, size, from);
        return TypedResults.Ok(await services.Worklist.QueryAsync(query, ct));
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, [AsParameters] CaseApiServices services, CancellationToken ct)
    {
        var loaded = await services.Store.LoadAsync(id, ct);
        if (loaded is null) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        context.Response.Headers.ETag = $"\"{loaded.State.Version}\"";
        return TypedResults.Ok(services.Commands.View(loaded.State));
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseEvent>>, ProblemHttpResult>> HistoryAsync(
        string id, HttpContext context, [AsParameters] CaseApiServices services, CancellationToken ct)
    {
        if (await services.Store.LoadAsync(id, ct) is null) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        return TypedResults.Ok(await services.Store.HistoryAsync(id, ct));
    }
}
