namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>
/// What runs the published worker under the real Functions host: the locally built host beside the repository
/// (<c>../shared/tools/functions-host</c>), else Azure Functions Core Tools (<c>func</c>) on the PATH.
/// </summary>
public sealed record FunctionsHostTool(string? StartScript, string? CoreTools)
{
    public static string ToolDirectory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "tools", "functions-host"));

    public static FunctionsHostTool Find() => Find(ToolDirectory, Environment.GetEnvironmentVariable("PATH"));

    public static FunctionsHostTool Find(string toolDirectory, string? path)
    {
        var start = Path.Combine(toolDirectory, "start");
        if (File.Exists(start) && File.Exists(Path.Combine(toolDirectory, "host.tar.gz"))) return new(start, null);
        var func = (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "func"))
            .FirstOrDefault(File.Exists);
        return new(null, func);
    }

    public static string? MissingReason { get; } = MissingReasonFor(ToolDirectory, Environment.GetEnvironmentVariable("PATH"));

    public static string? MissingReasonFor(string toolDirectory, string? path) =>
        Find(toolDirectory, path) is { StartScript: null, CoreTools: null }
            ? $"No Functions host to run the worker under: neither the local host build ({toolDirectory}/start with host.tar.gz) nor Azure Functions Core Tools (func on the PATH) is present."
            : null;
}
