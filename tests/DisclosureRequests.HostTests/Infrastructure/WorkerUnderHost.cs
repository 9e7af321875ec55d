using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>
/// The published worker under the real Functions host, on an Azurite of its own: what Azure runs, but on loopback.
/// The host passes its environment on to the worker, so the app's settings are given as environment variables.
/// </summary>
public sealed class WorkerUnderHost : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("worker-under-host-").FullName;
    private Azurite? azurite;
    private Process? coreTools;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The host's master key (admin API and every function level); none under Core Tools, which asks for none locally.</summary>
    public string? MasterKey { get; private set; }

    /// <summary>The task hub host.json names through the <c>TaskHubName</c> app setting, as each environment in Azure sets it.</summary>
    public string TaskHubName { get; } = "HostTests" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The host's storage, for tests that look at what the host keeps there (the task hub's tables).</summary>
    public string StorageConnectionString => azurite?.ConnectionString ?? throw new InvalidOperationException("The host is not running.");

    private string AppDirectory => Path.Combine(root, "app");
    private string StateDirectory => Path.Combine(root, "host");

    public HttpClient Client() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>
    /// A client whose connections leave from another loopback address (any 127.x.y.z reaches the host on Linux), so
    /// the host sees it as a different client, as it sees two citizens in Azure.
    /// </summary>
    public HttpClient ClientFrom(IPAddress source) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(100) };

    public async Task InitializeAsync()
    {
        if (FunctionsHostTool.MissingReason is not null) return;
        try
        {
            await StartAsync();
        }
        catch
        {
            // A fixture that fails to start is not disposed: leave no Azurite or host behind.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        var tool = FunctionsHostTool.Find();
        azurite = await Azurite.StartAsync();
        await WorkerBuild.PublishAsync(AppDirectory);
        var port = LoopbackPort.Free();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        if (tool.StartScript is not null)
        {
            await RunAsync(tool.StartScript, [AppDirectory, port.ToString()]);
            MasterKey = (await File.ReadAllTextAsync(Path.Combine(StateDirectory, "masterkey"))).Trim();
        }
        else
        {
            coreTools = Start(tool.CoreTools!, ["host", "start", "--port", port.ToString()], AppDirectory);
            await WaitUntilRunningAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (coreTools is { HasExited: false }) coreTools.Kill(entireProcessTree: true);
        coreTools = null;
        var pidFile = Path.Combine(StateDirectory, "host.pid");
        if (File.Exists(pidFile))
        {
            await RunAsync(Path.Combine(FunctionsHostTool.ToolDirectory, "stop"), [StateDirectory]);
            File.Delete(pidFile);
        }
        if (azurite is not null) await azurite.DisposeAsync();
        azurite = null;
        try
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The host's log (the worker's output is in it too), for the failure messages of tests.</summary>
    public string LogTail()
    {
        var log = Path.Combine(StateDirectory, "host.log");
        return File.Exists(log) ? string.Join('\n', WithoutStorageRequests(File.ReadLines(log)).TakeLast(60)) : "(no host log)";
    }

    /// <summary>The log without the Azure SDK's request and response entries, which would fill any tail.</summary>
    private static IEnumerable<string> WithoutStorageRequests(IEnumerable<string> lines)
    {
        var skipping = false;
        foreach (var line in lines)
        {
            // An entry is a "level: category[id]" line followed by indented lines.
            if (!line.StartsWith(' ')) skipping = line.Contains(": Azure.Core");
            if (!skipping) yield return line;
        }
    }

    private Dictionary<string, string> Settings()
    {
        var settings = AppSettings.On(azurite?.ConnectionString ?? "");
        settings["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        settings["FUNCTIONS_HOST_STATE"] = StateDirectory;
        // Each host on a shared storage account needs its own id; these runs each have an Azurite of their own anyway.
        settings["AzureFunctionsWebHost__hostid"] = "hosttests-" + Guid.NewGuid().ToString("N")[..12];
        settings["AzureWebJobsDisableHomepage"] = "true";
        settings["TaskHubName"] = TaskHubName;
        // host.json polls an idle task hub every 30 s, as production can afford; a test waits for the orchestration.
        settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:01";
        return settings;
    }

    private async Task RunAsync(string executable, IReadOnlyList<string> arguments)
    {
        using var process = Start(executable, arguments, root);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(executable)} failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }

    private Process Start(string executable, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in Settings()) info.Environment[key] = value;
        return Process.Start(info)!;
    }

    private async Task WaitUntilRunningAsync()
    {
        using var client = Client();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetStringAsync("/admin/host/status")).Contains("\"Running\"")) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        throw new InvalidOperationException("Core Tools did not report the host Running within 2 minutes.");
    }
}
