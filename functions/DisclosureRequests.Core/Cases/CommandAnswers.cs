using DisclosureRequests.Cases;
using DisclosureRequests.Core.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Cases;

/// <summary>Maps a command's outcome to HTTP, once for every route: refusals become problem details with stable types.</summary>
public static class CommandAnswers
{
    public static Results<Ok<TView>, ProblemHttpResult> Answer<TView>(HttpContext context, CommandOutcome outcome, Func<CaseState, TView> view) =>
        outcome is CommandOutcome.Applied applied ? Applied(context, applied, view) : Refusal(context, outcome);

    /// <summary>The problem for an outcome that did not apply: the same answer the routes give through <see cref="Answer"/>.</summary>
    public static ProblemHttpResult Refusal(HttpContext context, CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Refused { Refusal.Code: CaseWorkflow.ImportedCode } refused =>
            WithCode(Problem.Of(context, Imports.ImportProblems.ReadOnly, StatusCodes.Status409Conflict, Imports.ImportProblems.ReadOnly.Title(Problem.PrefersEnglish(context))), refused.Refusal.Code),
        CommandOutcome.Refused { Refusal: var r } when r.Kind == RefusalKind.Invalid =>
            Problem.Validation(context, new Dictionary<string, string[]> { [r.Code] = [r.In(Problem.PrefersEnglish(context))] }),
        CommandOutcome.Refused { Refusal: var r } when r.Kind == RefusalKind.Forbidden =>
            WithCode(Problem.Of(context, ProblemTypes.Forbidden, StatusCodes.Status403Forbidden, r.In(Problem.PrefersEnglish(context))), r.Code),
        CommandOutcome.Refused { Refusal: var r } =>
            WithCode(Problem.Of(context, ProblemTypes.NotAllowedNow, StatusCodes.Status409Conflict, r.In(Problem.PrefersEnglish(context))), r.Code),
        CommandOutcome.VersionChanged changed => VersionChanged(context, changed),
        CommandOutcome.Conflict => Problem.Of(context, ProblemTypes.Conflict, StatusCodes.Status409Conflict),
        CommandOutcome.KeyReused => Problem.Of(context, ProblemTypes.IdempotencyKeyReused, StatusCodes.Status422UnprocessableEntity),
        _ => Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound),
    };

    private static Ok<TView> Applied<TView>(HttpContext context, CommandOutcome.Applied applied, Func<CaseState, TView> view)
    {
        if (applied.Replayed) context.Response.Headers["Idempotent-Replayed"] = "true";
        context.Response.Headers.ETag = $"\"{applied.State.Version}\"";
        return TypedResults.Ok(view(applied.State));
    }

    private static ProblemHttpResult VersionChanged(HttpContext context, CommandOutcome.VersionChanged changed)
    {
        context.Response.Headers.ETag = $"\"{changed.Current}\"";
        return Problem.Of(context, ProblemTypes.VersionChanged, StatusCodes.Status412PreconditionFailed);
    }

    private static ProblemHttpResult WithCode(ProblemHttpResult problem, string code)
    {
        problem.ProblemDetails.Extensions["code"] = code;
        return problem;
    }
}
