using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>
/// The app as operators run it: <c>dotnet DisclosureRequests.Standalone.dll</c> in a process of its own, standalone
/// (Kestrel and in-process triggers), on a fixed loopback port, so it can be killed and started again on the same address.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string connectionString;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();
    private Process? process;

    public AppProcess(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string>();
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
    }

    public int Port { get; }
    public Uri BaseAddress { get; }
    public int Starts { get; private set; }

    /// <summary>The processor time the running app has used since it was last started.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            if (process is null || process.HasExited) return TimeSpan.Zero;
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static string DllPath => Path.Combine(RepositoryRoot.Path, "functions", "DisclosureRequests.Standalone", "bin", Configuration, "net10.0", "DisclosureRequests.Standalone.dll");

    public async Task StartAsync()
    {
        if (!File.Exists(DllPath)) throw new InvalidOperationException($"Build the app first: {DllPath} is missing.");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(DllPath);
        info.Environment["PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AzureWebJobsStorage"] = connectionString;
        info.Environment["Auth__TrustClientPrincipalHeader"] = "true";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // Many applicants at once from one loopback address: the filing limits per client and per e-mail address must not
        // stand in for the load; the keys are fixed so that every restart signs and derives as before.
        info.Environment["Throttling__FilingsPerClient"] = "1000000";
        info.Environment["Throttling__FilingsPerEmail"] = "1000000";
        info.Environment["Security__AccessCodeKey"] = "load-and-crash-access-code-key-0123456789";
        // The harness counts each letter delivered once; holding them for confirmed addresses has tests of its own.
        info.Environment["Mail__ConfirmApplicantAddresses"] = "false";
        info.Environment["Security__LinkSigningKey"] = "load-and-crash-release-link-key-0123456789";
        foreach (var (key, value) in settings) info.Environment[key] = value;
        process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Starts++;

        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var giveUp = Stopwatch.StartNew();
        while (giveUp.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with code {process.ExitCode} while starting.");
            try
            {
                using var health = await probe.GetAsync("/api/health");
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("The app did not answer /api/health within 90 s.");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, whatever was in flight is lost.</summary>
    public async Task KillAsync()
    {
        if (process is null) return;
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    /// <summary>The last lines the app wrote, across its starts, for a failing test to show.</summary>
    public string LogTail(int lines = 200) => string.Join('\n', output.TakeLast(lines));

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 2000) output.TryDequeue(out _);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
