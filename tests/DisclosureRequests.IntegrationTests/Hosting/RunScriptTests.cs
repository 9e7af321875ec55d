using System.Diagnostics;
using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Hosting;

/// <summary>./run as a developer starts it, over a test Azurite, with the settings given in its environment.</summary>
public sealed class RunScriptTests : IAsyncLifetime
{
    private Azurite? azurite;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Run_honours_an_untrusted_client_principal_header_when_told()
    {
        var port = new LoadAndCrash.AppProcess(azurite!.ConnectionString).Port;
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "run"));
        info.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AzureWebJobsStorage"] = azurite.ConnectionString;
        info.Environment["Auth__TrustClientPrincipalHeader"] = "false";
        info.Environment["Security__LinkSigningKey"] = "a-key-for-this-test";
        using var run = Process.Start(info)!;
        run.OutputDataReceived += (_, _) => { };
        run.ErrorDataReceived += (_, _) => { };
        run.BeginOutputReadLine();
        run.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            await WaitForHealthAsync(client, run);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principals.Header(Agency.OfficerName, "CaseOfficer"));

            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        finally
        {
            // SIGTERM lets the script's trap stop the app it started.
            using (var term = Process.Start("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
            await run.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>
    /// Ctrl-C in a terminal signals the script and everything in its process group at once. Azurite must outlive the
    /// app, or the app's shutdown meets refused connections, retries them for half a minute and prints their traces.
    /// </summary>
    [Fact]
    public async Task Ctrl_C_stops_the_app_while_its_Azurite_still_serves_it_and_then_Azurite()
    {
        var data = Directory.CreateTempSubdirectory("run-script-");
        var port = LoadAndCrash.AppProcess.FreePort();
        var blob = LoadAndCrash.AppProcess.FreePort();
        // As a terminal starts it: its own process group, SIGINT not ignored whatever the test runner's parent did.
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV", "bash", Path.Combine(RepositoryRoot.Path, "run") })
            info.ArgumentList.Add(argument);
        info.Environment.Remove("AzureWebJobsStorage");
        info.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AZURITE_LOCATION"] = data.FullName;
        info.Environment["AZURITE_BLOB_PORT"] = blob.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AZURITE_QUEUE_PORT"] = LoadAndCrash.AppProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AZURITE_TABLE_PORT"] = LoadAndCrash.AppProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var run = Process.Start(info)!;
        run.OutputDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        run.ErrorDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        run.BeginOutputReadLine();
        run.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            await WaitForHealthAsync(client, run);
            var stopping = Stopwatch.StartNew();

            await SignalGroupAsync("INT", run.Id);
            await run.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

            var log = string.Join('\n', output);
            Assert.Contains("Application is shutting down", log);
            Assert.DoesNotContain("Connection refused", log);
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(20), $"stopped in {stopping.Elapsed.TotalSeconds:F0} s:\n{log}");
            Assert.False(await AnswersAsync(blob), "Azurite is still running");
        }
        finally
        {
            if (!run.HasExited) await SignalGroupAsync("KILL", run.Id);
            // Azurite has a session of its own: a script killed outright leaves it behind.
            using (var azurite = Process.Start("pkill", ["-KILL", "-f", $"--location {data.FullName}"])) await azurite.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    private static async Task SignalGroupAsync(string signal, int group)
    {
        using var kill = Process.Start("kill", [$"-{signal}", "--", $"-{group}"]);
        await kill.WaitForExitAsync();
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        try
        {
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process run)
    {
        // The script builds the app first; on a busy machine that takes minutes.
        var giveUp = Stopwatch.StartNew();
        while (giveUp.Elapsed < TimeSpan.FromMinutes(8))
        {
            Assert.False(run.HasExited, "./run exited before the app answered");
            try
            {
                using var health = await client.GetAsync("/api/health");
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        Assert.Fail("./run did not start the app within 8 minutes");
    }
}
