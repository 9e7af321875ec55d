using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Reports.Orchestration;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.IntegrationTests.LoadAndCrash;
using DisclosureRequests.Standalone.Orchestrations;
using Xunit.Abstractions;
using static DisclosureRequests.IntegrationTests.Orchestrations.StandaloneCaseOrchestrationTests;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>The standalone app as <c>./run</c> starts it, compiling the annual report in its orchestration on the Durable Task Framework.</summary>
public sealed class StandaloneAnnualReportTests(ITestOutputHelper log)
{
    private static readonly TimeSpan AFewMinutes = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_compile_asked_to_respond_async_answers_202_with_its_status_link_and_its_orchestration_completes_the_status()
    {
        await using var azurite = await Azurite.StartAsync();
        await SeededCaseRows.WriteAsync(azurite.ConnectionString, SeededCaseRows.For2025(200));
        await using var app = new AppProcess(azurite.ConnectionString, new Dictionary<string, string> { ["Reports__ChunkSize"] = "50" });
        await app.StartAsync();
        using var admin = new HttpClient { BaseAddress = app.BaseAddress }.As("admin@agency.gov.cn", StaffRoles.Administrator);

        using var accepted = await AskForCompileAsync(admin);
        Assert.Equal("/api/reports/annual/2025/status", accepted.Headers.Location?.OriginalString);
        Assert.Equal("compiling", (await accepted.ReadJsonAsync()).GetProperty("state").GetString());

        var (done, _) = await FollowAsync(admin, accepted.Headers.Location!.OriginalString, AFewMinutes);
        Assert.True(done is not null, app.LogTail());
        var expected = await InProcessAsync(azurite.ConnectionString, done.Value.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(expected.Records, done.Value.GetProperty("processed").GetInt32());
        Assert.Equal(JsonSerializer.Serialize(expected.Report), JsonSerializer.Serialize(await StoredAsync(azurite.ConnectionString)));
        Assert.Equal("Completed", await OrchestrationStatusAsync(azurite.ConnectionString, AnnualReportOrchestration.InstanceId(2025)));
    }

    [Fact]
    public async Task Killed_mid_compile_and_restarted_the_compile_goes_on_from_the_last_chunk_done_and_stores_the_report_once()
    {
        await using var azurite = await Azurite.StartAsync();
        await SeededCaseRows.WriteAsync(azurite.ConnectionString, SeededCaseRows.For2025(3000));
        await using var app = new AppProcess(azurite.ConnectionString, new Dictionary<string, string> { ["Reports__ChunkSize"] = "25" });
        await app.StartAsync();
        using var admin = new HttpClient { BaseAddress = app.BaseAddress }.As("admin@agency.gov.cn", StaffRoles.Administrator);

        using var accepted = await AskForCompileAsync(admin);
        var statusUrl = accepted.Headers.Location!.OriginalString;
        var beforeKill = await ProgressUntilAsync(admin, statusUrl, processed => processed >= 200, AFewMinutes);
        await app.KillAsync();
        var killedAt = beforeKill.Max();
        log.WriteLine($"killed with {killedAt} records read: {string.Join(",", beforeKill.Distinct())}");

        var restarted = Stopwatch.StartNew();
        await app.StartAsync();
        var (done, afterRestart) = await FollowAsync(admin, statusUrl, AFewMinutes);
        log.WriteLine($"completed {restarted.Elapsed.TotalSeconds:F0} s after the restart: {string.Join(",", afterRestart.Distinct())}");
        Assert.True(done is not null, app.LogTail());

        var expected = await InProcessAsync(azurite.ConnectionString, done.Value.GetProperty("startedAt").GetDateTimeOffset());
        Assert.InRange(killedAt, 200, expected.Records - 1);
        Assert.All(afterRestart, processed => Assert.True(processed >= killedAt, $"progress went back to {processed} after {killedAt}"));
        Assert.Equal(expected.Records, done.Value.GetProperty("processed").GetInt32());
        Assert.Equal(JsonSerializer.Serialize(expected.Report), JsonSerializer.Serialize(await StoredAsync(azurite.ConnectionString)));
        Assert.Equal(1, await ReportWritesAsync(azurite.ConnectionString));
    }

    /// <summary>Asks for 2025's compile to answer at once: <c>202</c> with its status link.</summary>
    private static async Task<HttpResponseMessage> AskForCompileAsync(HttpClient admin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports/annual/2025");
        request.Headers.Add("Prefer", "respond-async");
        var accepted = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        return accepted;
    }

    /// <summary>The records read so far, as the status shows them, until <paramref name="enough"/>.</summary>
    private static async Task<List<int>> ProgressUntilAsync(HttpClient admin, string statusUrl, Func<int, bool> enough, TimeSpan within)
    {
        var seen = new List<int>();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < within)
        {
            var status = await (await admin.GetAsync(statusUrl)).ReadJsonAsync();
            Assert.Equal("compiling", status.GetProperty("state").GetString());
            seen.Add(status.GetProperty("processed").GetInt32());
            if (enough(seen[^1])) return seen;
            await Task.Delay(100);
        }
        throw new TimeoutException($"the compile did not get far enough: {string.Join(",", seen)}");
    }

    /// <summary>The status once completed (null if it did not within the time), and the records read seen on the way.</summary>
    private static async Task<(JsonElement? Completed, List<int> Progress)> FollowAsync(HttpClient admin, string statusUrl, TimeSpan within)
    {
        var seen = new List<int>();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < within)
        {
            using var response = await admin.GetAsync(statusUrl);
            var status = await response.ReadJsonAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, status.ToString());
            seen.Add(status.GetProperty("processed").GetInt32());
            if (status.GetProperty("state").GetString() == "completed") return (status, seen);
            Assert.Equal("compiling", status.GetProperty("state").GetString());
            await Task.Delay(250);
        }
        return (null, seen);
    }

    private static StorageClients Storage(string connectionString) =>
        new(new TableServiceClient(connectionString), new BlobServiceClient(connectionString), new QueueServiceClient(connectionString));

    /// <summary>The same year compiled in one pass in this process, as of the orchestration's compile time.</summary>
    private static async Task<(DisclosureRequests.Reports.AnnualReport Report, int Records)> InProcessAsync(string connectionString, DateTimeOffset compiledAt) =>
        await AnnualReportCompilation.RunAsync(new CaseStatisticsReader(Storage(connectionString)), 2025, compiledAt, 1000, null, CancellationToken.None);

    private static async Task<DisclosureRequests.Reports.AnnualReport?> StoredAsync(string connectionString) =>
        await new AnnualReportStore(Storage(connectionString)).ReadReportAsync(2025, CancellationToken.None);

    /// <summary>How many times the orchestration scheduled its last step, the one that stores the report (its history in the task hub).</summary>
    private static async Task<int> ReportWritesAsync(string connectionString)
    {
        var history = new TableClient(connectionString, OrchestrationSetup.DefaultTaskHub + "History");
        var scheduled = 0;
        await foreach (var row in history.QueryAsync<TableEntity>(
                           e => e.PartitionKey == AnnualReportOrchestration.InstanceId(2025), select: ["EventType", "Name"]))
            if (row.GetString("EventType") == "TaskScheduled" && row.GetString("Name") == AnnualReportFinishActivity.Name) scheduled++;
        return scheduled;
    }
}
