namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>
/// What runs the published worker under the real Functions host: the locally built host beside the repository
/// (<c>../shared/tools/functions-host</c>), else Azure Functions Core Tools (<c>func</c>) on the PATH.
/// </summary>
public sealed record FunctionsHostTool(string? StartScript, string? CoreTools)
{
    public static string ToolDirectory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "tools", "functions-host"));

    public static FunctionsHostTool Find()
    {
        var start = Path.Combine(ToolDirectory, "start");
        if (File.Exists(start) && File.Exists(Path.Combine(ToolDirectory, "host.tar.gz"))) return new(start, null);
        var func = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "func"))
            .FirstOrDefault(File.Exists);
        return new(null, func);
    }

    public bool Found => StartScript is not null || CoreTools is not null;

    public static string? MissingReason { get; } = Find().Found
        ? null
        : $"No Functions host to run the worker under: neither the local host build ({ToolDirectory}/start with host.tar.gz) nor Azure Functions Core Tools (func on the PATH) is present.";
}
