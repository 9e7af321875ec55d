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
