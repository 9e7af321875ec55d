using System.Diagnostics;
using System.Reflection;

namespace DisclosureRequests.Infra.Tests;

/// <summary>
/// The Bicep CLI restored by this project's PackageDownload of Azure.Bicep.CommandLine.linux-x64.
/// </summary>
public sealed class BicepCli(string executablePath)
{
    private const string PackageFolder = "azure.bicep.commandline.linux-x64";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public string ExecutablePath { get; } = executablePath;

    public static BicepCli FromNuGetPackage()
    {
        var version = AssemblyMetadata("BicepVersion")
            ?? throw new InvalidOperationException("The test assembly does not record the Bicep CLI version.");
        var candidates = PackageRoots()
            .Select(root => Path.Combine(root, PackageFolder, version, "tools", "bicep"))
            .ToList();
        var executable = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Bicep CLI {version} not found; run `dotnet restore` on this project. Looked at: {string.Join(", ", candidates)}");
        EnsureExecutable(executable);
        return new BicepCli(executable);
    }

    public BicepRun Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new BicepRun(
            $"bicep {string.Join(' ', arguments)}",
            process.ExitCode,
            standardOutput.GetAwaiter().GetResult(),
            standardError.GetAwaiter().GetResult());
    }

    // NUGET_PACKAGES wins, as it does for dotnet restore; then the folder restore used when this project was built.
    private static IEnumerable<string> PackageRoots()
    {
        if (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        if (AssemblyMetadata("NuGetPackageRoot") is { Length: > 0 } fromBuild)
        {
            yield return fromBuild;
        }

        yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    private static string? AssemblyMetadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value;

    // NuGet extraction does not always keep the execute bit of a package's native tools.
    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
    }
}
