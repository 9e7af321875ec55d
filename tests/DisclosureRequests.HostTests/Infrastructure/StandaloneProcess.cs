using System.Collections.Concurrent;
using System.Diagnostics;

namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>
/// The standalone host as <c>./run</c> starts it: its built dll on Kestrel, on a free loopback port and an Azurite of
/// its own, with the same app settings the worker under the host is given.
/// </summary>
public sealed class StandaloneProcess : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> output = new();
    private Azurite? azurite;
    private Process? process;

    public static string Dll { get; } = Path.Combine(RepositoryRoot.Path, "functions", "DisclosureRequests.Standalone", "bin",
        WorkerBuild.Configuration, "net10.0", "DisclosureRequests.Standalone.dll");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(100) };

    public async Task InitializeAsync()
    {
        // Only the comparison with the worker under the host needs it: without a host there is nothing to compare.
        if (FunctionsHostTool.MissingReason is not null) return;
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        Assert.True(File.Exists(Dll), $"{Dll} is missing: build the tests first (they reference the standalone).");
        azurite = await Azurite.StartAsync();
        var port = LoopbackPort.Free();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
        };
        info.ArgumentList.Add(Dll);
        foreach (var (key, value) in AppSettings.On(azurite.ConnectionString)) info.Environment[key] = value;
        info.Environment["PORT"] = port.ToString();
        process = Process.Start(info)!;
        // Read both streams as they come, or a full pipe would stall the app.
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        process = null;
        if (azurite is not null) await azurite.DisposeAsync();
        azurite = null;
    }

    public string LogTail() => string.Join('\n', output.TakeLast(60));

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 500) output.TryDequeue(out _);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = Client();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (DateTimeOffset.UtcNow < deadline && process is { HasExited: false })
        {
            try
            {
                using var health = await client.GetAsync("/api/health");
                if (health.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        throw new InvalidOperationException("The standalone host did not answer /api/health within 2 minutes.\n" + LogTail());
    }
}
