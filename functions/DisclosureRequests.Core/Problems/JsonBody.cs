using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Problems;

/// <summary>
/// Reads a JSON body with <see cref="RequestJson"/>, answering malformed or missing JSON, and text or lists beyond
/// <see cref="BodyLimits"/>, with a validation problem rather than a bare 400.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken)
        where T : class
    {
        var english = Problem.PrefersEnglish(context);
        try
        {
            var body = await context.Request.ReadFromJsonAsync<T>(RequestJson.Options, cancellationToken);
            if (body is not null)
            {
                var tooLarge = BodyLimits.Check(body);
                return tooLarge.Count == 0 ? (body, null) : (null, Problem.Validation(context, FieldMessages.Map(tooLarge, english)));
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException or NotSupportedException)
        {
        }
        return (null, Problem.Validation(context, new Dictionary<string, string[]> { ["body"] = [FieldMessages.For("malformed", english)] }));
    }
}
