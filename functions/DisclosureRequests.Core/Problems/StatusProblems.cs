using Microsoft.AspNetCore.Diagnostics;

namespace DisclosureRequests.Core.Problems;

/// <summary>
/// Bodies for answers the framework gives on its own (routing's 405 and 415, a server's 413): the app's own problem
/// types, in the caller's language, like every other refusal.
/// </summary>
public static class StatusProblems
{
    private static readonly ProblemType NoSuchRoute = new("no-such-route", "未找到请求的地址", "No such address");
    private static readonly ProblemType MethodNotAllowed = new("method-not-allowed", "该地址不支持此请求方法", "This method is not allowed here");

    public static Task WriteAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var type = context.Response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => ProblemTypes.Unauthenticated,
            StatusCodes.Status403Forbidden => ProblemTypes.Forbidden,
            StatusCodes.Status404NotFound => NoSuchRoute,
            StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
            StatusCodes.Status413PayloadTooLarge => ProblemTypes.PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType => ProblemTypes.UnsupportedMediaType,
            StatusCodes.Status429TooManyRequests => ProblemTypes.TooManyRequests,
            _ => null,
        };
        return type is null
            ? context.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = context.Response.StatusCode }, options: null, contentType: "application/problem+json")
            : Problem.Write(context, type, context.Response.StatusCode);
    }
}
