using System.Text.Json;
using System.Text.Json.Nodes;

namespace DisclosureRequests.Core.Hosting;

/// <summary>Writes <c>{Name}/function.json</c> for every function in the catalog (run by infra/package).</summary>
public static class FunctionManifest
{
    public const string EmitArgument = "--emit-functions";

    public static void Write(string appRoot)
    {
        foreach (var function in FunctionCatalog.All)
        {
            var folder = Directory.CreateDirectory(Path.Combine(appRoot, function.Name));
            var json = new JsonObject { ["bindings"] = function.Trigger.Bindings() };
            File.WriteAllText(Path.Combine(folder.FullName, "function.json"), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }
}
