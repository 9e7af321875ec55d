using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Problems;

/// <summary>RFC 9457 problem details in the caller's language: Chinese unless the request prefers English.</summary>
public static class Problem
{
    public static ProblemHttpResult Of(HttpContext context, ProblemType type, int status, string? detail = null) =>
        TypedResults.Problem(Details(context, type, status, detail));

    public static ProblemHttpResult Validation(HttpContext context, IReadOnlyDictionary<string, string[]> errors)
    {
        var details = new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Type = ProblemTypes.Validation.Uri,
            Title = ProblemTypes.Validation.Title(PrefersEnglish(context)),
            Status = StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(details);
    }

    public static Task Write(HttpContext context, ProblemType type, int status, string? detail = null)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(Details(context, type, status, detail), options: null, contentType: "application/problem+json");
    }

    public static bool PrefersEnglish(HttpContext context)
    {
        var languages = context.Request.GetTypedHeaders().AcceptLanguage;
        var best = languages.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return best is not null && best.Value.Value!.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    private static ProblemDetails Details(HttpContext context, ProblemType type, int status, string? detail) => new()
    {
        Type = type.Uri,
        Title = (type == ProblemTypes.NotFound && context.User.Identity?.IsAuthenticated == true ? ProblemTypes.CaseNotFound : type).Title(PrefersEnglish(context)),
        Status = status,
        Detail = detail,
    };
}
