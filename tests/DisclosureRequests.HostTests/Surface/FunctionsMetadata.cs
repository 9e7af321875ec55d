using System.Text.Json.Nodes;
using DisclosureRequests.HostTests.Infrastructure;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>The worker's functions as the host reads them: <c>functions.metadata</c>, generated from the [Function] attributes.</summary>
public sealed record FunctionsMetadata(IReadOnlyList<JsonObject> Functions)
{
    public static FunctionsMetadata Read(string directory)
    {
        var file = Path.Combine(directory, "functions.metadata");
        Assert.True(File.Exists(file), $"{file} is missing: build the solution first (the worker's build writes it).");
        return new(JsonNode.Parse(File.ReadAllText(file))!.AsArray().Select(f => f!.AsObject()).ToArray());
    }

    public static FunctionsMetadata OfBuiltWorker() => Read(WorkerBuild.OutputDirectory);

    public IEnumerable<(string Name, JsonObject Trigger)> Triggers =>
        Functions.Select(f => (f["name"]!.GetValue<string>(),
            f["bindings"]!.AsArray().Select(b => b!.AsObject()).Single(b => b["type"]!.GetValue<string>().EndsWith("Trigger"))));

    public IReadOnlyList<(string Name, HttpOperation Operation, string AuthLevel)> Http =>
        Triggers.Where(t => t.Trigger["type"]!.GetValue<string>() == "httpTrigger")
            .Select(t => (t.Name,
                HttpOperation.OfFunction(t.Trigger["route"]!.GetValue<string>(), t.Trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>())),
                t.Trigger["authLevel"]!.GetValue<string>()))
            .ToArray();
}
