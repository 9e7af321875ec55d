using System.Globalization;
using DisclosureRequests.Core.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Throttling;

/// <summary>The 429 answer: problem details in the caller's language, with <c>Retry-After</c> in whole seconds.</summary>
public static class TooManyRequests
{
    public static ProblemHttpResult Problem(HttpContext context, TimeSpan retryAfter)
    {
        SetRetryAfter(context, retryAfter);
        return Problems.Problem.Of(context, ProblemTypes.TooManyRequests, StatusCodes.Status429TooManyRequests, Detail(context, retryAfter));
    }

    public static Task WriteAsync(HttpContext context, TimeSpan retryAfter)
    {
        SetRetryAfter(context, retryAfter);
        return Problems.Problem.Write(context, ProblemTypes.TooManyRequests, StatusCodes.Status429TooManyRequests, Detail(context, retryAfter));
    }

    private static void SetRetryAfter(HttpContext context, TimeSpan retryAfter) =>
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);

    private static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    private static string Detail(HttpContext context, TimeSpan retryAfter) =>
        Problems.Problem.PrefersEnglish(context)
            ? $"Try again in {Seconds(retryAfter)} seconds."
            : $"请于{Seconds(retryAfter)}秒后再试。";
}
