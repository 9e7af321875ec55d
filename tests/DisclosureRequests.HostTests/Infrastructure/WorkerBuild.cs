using System.Diagnostics;

namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>The isolated worker as built beside these tests (same configuration), and its publish output.</summary>
public static class WorkerBuild
{
    public static string ProjectDirectory { get; } = Path.Combine(RepositoryRoot.Path, "functions", "DisclosureRequests.Functions");

    /// <summary>Debug or Release: the configuration these tests were built in (bin/{Configuration}/net10.0).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string OutputDirectory { get; } = Path.Combine(ProjectDirectory, "bin", Configuration, "net10.0");

    /// <summary>Publishes the built worker (host.json, functions.metadata, worker.config.json, .azurefunctions/) into <paramref name="directory"/>.</summary>
    public static async Task PublishAsync(string directory)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in new[] { "publish", ProjectDirectory, "--configuration", Configuration, "--no-build", "--output", directory, "-nologo", "--verbosity", "quiet" })
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish of the worker failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }
}
