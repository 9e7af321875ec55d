using System.Text.Json;
using DisclosureRequests.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Functions.Problems;

/// <summary>Reads a JSON body, answering malformed or missing JSON with a validation problem rather than a bare 400.</summary>
public static class JsonBody
{
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var body = await context.Request.ReadFromJsonAsync<T>(Json.Options, cancellationToken);
            if (body is not null) return (body, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
        }
        var english = Problem.PrefersEnglish(context);
        return (null, Problem.Validation(context, new Dictionary<string, string[]> { ["body"] = [FieldMessages.For("malformed", english)] }));
    }
}
