using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Reports.Orchestration;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>The annual report orchestration on the in-process test host, its activities on a real Azurite, 4 rows a chunk.</summary>
public sealed class AnnualReportOrchestrationTests : IAsyncLifetime
{
    // Of these, the rows that can count in 2025 (2024's cases concluded in 2024 stay on the server).
    private const int Rows = 160;
    private const int ChunkSize = 4;
    private static readonly string InstanceId = AnnualReportOrchestration.InstanceId(2025);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 5, 0, TimeSpan.FromHours(8)));
    private readonly ConcurrentQueue<int> rowsReadByChunk = new();
    private Azurite? azurite;
    private StorageClients? storage;

    private CaseStatisticsReader Reader => new(storage!);
    private AnnualReportStore Store => new(storage!);

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        var connection = azurite.ConnectionString;
        storage = new StorageClients(new TableServiceClient(connection), new BlobServiceClient(connection), new QueueServiceClient(connection));
        await StorageInitializer.EnsureCreatedAsync(storage, CancellationToken.None);
        await SeededCaseRows.WriteAsync(connection, SeededCaseRows.For2025(Rows));
    }

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task The_orchestration_compiles_the_year_a_chunk_at_a_time_into_the_report_the_in_process_compile_gives_and_shows_its_progress()
    {
        var tenthChunk = new TaskCompletionSource();
        var goOn = new TaskCompletionSource();
        await using var host = await StartAsync(async chunk =>
        {
            if (chunk != 10) return;
            tenthChunk.SetResult();
            await goOn.Task;
        });
        var run = AnnualReportRun.Begin(2025, time);

        await host.Client.ScheduleNewOrchestrationInstanceAsync(AnnualReportOrchestration.Name, run, new StartOrchestrationOptions(InstanceId));
        await tenthChunk.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var midway = (await host.Client.GetInstanceAsync(InstanceId, getInputsAndOutputs: true))!.ReadCustomStatusAs<AnnualReportStatus>()!;
        var storedMidway = await Store.ReadStatusAsync(2025, CancellationToken.None);
        goOn.SetResult();
        var ended = await WaitForEndAsync(host);

        Assert.Equal((AnnualReportStatus.Compiling, 9 * ChunkSize), (midway.State, midway.Processed));
        Assert.Equal(AnnualReportStatus.Compiling, storedMidway!.State);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        var timeliness = new ReplyTimelinessCounter(2025);
        var (inProcess, records) = await AnnualReportCompilation.RunAsync(Reader, 2025, run.Status.StartedAt, 1000, null, CancellationToken.None, timeliness);
        var status = ended.ReadOutputAs<AnnualReportStatus>()!;
        Assert.Equal((AnnualReportStatus.Completed, records, false), (status.State, status.Processed, status.Provisional));
        Assert.Equal(status, await Store.ReadStatusAsync(2025, CancellationToken.None));
        Assert.Equal(inProcess, await Store.ReadReportAsync(2025, CancellationToken.None));
        Assert.Equal(timeliness.Result, await Store.ReadTimelinessAsync(2025, CancellationToken.None));
        Assert.Equal(records, rowsReadByChunk.Sum());
        // More chunks than one execution takes: the compile went on in a fresh history at least once.
        Assert.True(rowsReadByChunk.Count > AnnualReportOrchestration.ChunksPerExecution, $"{rowsReadByChunk.Count} chunks");
    }

    [Fact]
    public async Task A_chunk_that_fails_midway_is_run_again_from_the_last_chunk_done_and_the_rows_before_it_are_not_read_again()
    {
        await using var host = await StartAsync(chunk => chunk == 15
            ? throw new InvalidOperationException("The process running the 15th chunk died after reading it.")
            : Task.CompletedTask);

        await host.Client.ScheduleNewOrchestrationInstanceAsync(AnnualReportOrchestration.Name, AnnualReportRun.Begin(2025, time), new StartOrchestrationOptions(InstanceId));
        var ended = await WaitForEndAsync(host);

        var status = ended.ReadOutputAs<AnnualReportStatus>()!;
        var (inProcess, records) = await AnnualReportCompilation.RunAsync(Reader, 2025, status.StartedAt, 1000, null, CancellationToken.None);
        Assert.Equal((AnnualReportStatus.Completed, records), (status.State, status.Processed));
        Assert.Equal(records + ChunkSize, rowsReadByChunk.Sum());
        Assert.True(rowsReadByChunk.Sum() < 2 * records);
        Assert.Equal(inProcess, await Store.ReadReportAsync(2025, CancellationToken.None));
    }

    [Fact]
    public async Task A_year_with_an_unreadable_row_is_not_stored_and_its_status_names_the_case()
    {
        var table = storage!.Table(StorageNames.CaseStatisticsTable);
        var broken = CaseStatisticsRows.Entity(new CaseStatisticsRecord("case-broken", "natural-person", new DateOnly(2025, 5, 6), null, null, null, 0m, null, null, null, null, null, null));
        broken[CaseStatisticsRows.ConcludedOn] = "2025-13-45";
        await table.AddEntityAsync(broken);
        await using var host = await StartAsync(_ => Task.CompletedTask);

        await host.Client.ScheduleNewOrchestrationInstanceAsync(AnnualReportOrchestration.Name, AnnualReportRun.Begin(2025, time), new StartOrchestrationOptions(InstanceId));
        var ended = await WaitForEndAsync(host);

        var status = ended.ReadOutputAs<AnnualReportStatus>()!;
        Assert.Equal(AnnualReportStatus.Failed, status.State);
        Assert.Equal(["case-broken"], status.CaseIds);
        var stored = (await Store.ReadStatusAsync(2025, CancellationToken.None))!;
        Assert.Equal((status.State, status.StartedAt, status.Error), (stored.State, stored.StartedAt, stored.Error));
        Assert.Equal(["case-broken"], stored.CaseIds);
        Assert.Null(await Store.ReadReportAsync(2025, CancellationToken.None));
    }

    /// <summary>The test host with the real activities; <paramref name="afterChunk"/> runs after each chunk has read its rows, given the chunk's number.</summary>
    private async Task<DurableTaskTestHost> StartAsync(Func<int, Task> afterChunk)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(AnnualReportChunkActivity.ChunkSizeSetting, ChunkSize.ToString())]).Build();
        var results = new AnnualReportResults(Store, configuration, NullLogger<AnnualReportResults>.Instance);
        var chunk = new AnnualReportChunkActivity(Reader, configuration);
        var chunks = 0;
        return await DurableTaskTestHost.StartAsync(
            registry => registry
                .AddOrchestrator<AnnualReportOrchestration>()
                .AddActivity(AnnualReportBeginActivity.Name, new AnnualReportBeginActivity(Store))
                .AddActivityFunc<AnnualReportPosition, AnnualReportPosition>(AnnualReportChunkActivity.Name, async (context, position) =>
                {
                    var next = await chunk.RunAsync(context, position);
                    rowsReadByChunk.Enqueue(next.Rows - position.Rows);
                    await afterChunk(Interlocked.Increment(ref chunks));
                    return next;
                })
                .AddActivity(AnnualReportFinishActivity.Name, new AnnualReportFinishActivity(Store, results)),
            new DurableTaskTestHostOptions { Port = FreePort() });
    }

    private static async Task<OrchestrationMetadata> WaitForEndAsync(DurableTaskTestHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        return await host.Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true, timeout.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
