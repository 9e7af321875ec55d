using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>A real Azurite (from the repo's node_modules) on free loopback ports, in memory, for one test class.</summary>
public sealed partial class Azurite : IAsyncDisposable
{
    // The emulator's well-known development account; it exists only inside Azurite.
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly long readyAt = Stopwatch.GetTimestamp();

    private Azurite(Process process, IReadOnlyDictionary<string, int> ports)
    {
        this.process = process;
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{ports["Blob"]}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{ports["Queue"]}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{ports["Table"]}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>How long Azurite has been serving.</summary>
    public TimeSpan Uptime => Stopwatch.GetElapsedTime(readyAt);

    /// <summary>The processor time Azurite (one Node process, serving one request at a time) has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <param name="debugLog">Where Azurite writes its debug log (every request it serves), if anywhere; it slows Azurite down.</param>
    public static async Task<Azurite> StartAsync(string? debugLog = null)
    {
        var executable = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable)) throw new InvalidOperationException($"Azurite is not installed at {executable}; run ./test (it runs npm ci).");
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                     "--blobPort", "0", "--queuePort", "0", "--tablePort", "0",
                 })
            info.ArgumentList.Add(argument);
        if (debugLog is not null)
        {
            info.ArgumentList.Add("--debug");
            info.ArgumentList.Add(debugLog);
        }
        var process = Process.Start(info)!;
        var ports = new Dictionary<string, int>();
        var ready = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null || Listening().Match(e.Data) is not { Success: true } m) return;
            lock (ports)
            {
                ports[m.Groups[1].Value] = int.Parse(m.Groups[2].Value);
                if (ports.Count == 3) ready.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60))) != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Azurite did not start within 60 s.");
        }
        return new Azurite(process, ports);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    [GeneratedRegex(@"Azurite (Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();
}
