using System.Text.Json;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>
/// What a host answered to one step, reduced to what must not depend on the host: the status, the Content-Type, a
/// problem's type and title, and the property names of a JSON body (ids and timestamps differ from run to run).
/// </summary>
public sealed record HostAnswer(string Step, int Status, string? ContentType, string? ProblemType, string? ProblemTitle, IReadOnlyList<string> PropertyNames)
{
    public JsonElement? Json { get; init; }

    public static async Task<HostAnswer> OfAsync(string step, HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        JsonElement? json = mediaType is "application/json" || mediaType?.EndsWith("+json") == true
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()
            : null;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (json is { } body) Collect(body, "", names);
        return new HostAnswer(step, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(),
            ProblemField(json, "type"), ProblemField(json, "title"), names.ToArray())
        { Json = json };
    }

    /// <summary>Where <paramref name="underHost"/> answered otherwise than this, the standalone's answer.</summary>
    public IEnumerable<string> DifferencesFrom(HostAnswer underHost)
    {
        foreach (var (what, standalone, worker) in new (string, object?, object?)[]
        {
            ("status", Status, underHost.Status),
            ("Content-Type", ContentType, underHost.ContentType),
            ("problem type", ProblemType, underHost.ProblemType),
            ("problem title", ProblemTitle, underHost.ProblemTitle),
        })
        {
            if (!Equals(standalone, worker)) yield return $"{Step}: {what} {standalone ?? "(none)"} standalone, {worker ?? "(none)"} under the host";
        }
        foreach (var name in PropertyNames.Except(underHost.PropertyNames).Take(10)) yield return $"{Step}: {name} only from the standalone";
        foreach (var name in underHost.PropertyNames.Except(PropertyNames).Take(10)) yield return $"{Step}: {name} only from under the host";
    }

    private static string? ProblemField(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static void Collect(JsonElement element, string path, SortedSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var name = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                names.Add(name);
                Collect(property.Value, name, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, path + "[]", names);
        }
    }
}
