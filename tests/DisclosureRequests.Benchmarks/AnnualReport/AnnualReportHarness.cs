using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.Benchmarks.AnnualReport;

/// <summary>
/// <c>annual-report [--cases N]</c>: seeds N case rows into Azurite, then, at N/2 and at N, times a raw scan of the
/// table (before and after) against the compile of the report year through the streaming reader, with the memory and
/// this process's CPU time each phase used. Azurite's paged queries slow down with the rows left to read, so wall time
/// grows faster than the row count for the scan and the compile alike; the CPU column is the compile's own cost.
/// </summary>
public static class AnnualReportHarness
{
    private const int ReportYear = 2025;
    private const int BatchSize = 100;
    private const int ConcurrentBatches = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = HarnessArguments.Int(args, "--cases", 100_000);
        await using var azurite = await Azurite.StartAsync();
        var storage = new StorageClients(
            new TableServiceClient(azurite.ConnectionString),
            new BlobServiceClient(azurite.ConnectionString),
            new QueueServiceClient(azurite.ConnectionString));
        var table = storage.Table(StorageNames.CaseStatisticsTable);
        await table.CreateIfNotExistsAsync();
        var reader = new CaseStatisticsReader(storage);
        var generator = new SyntheticCases(seed: 2025, ReportYear);

        Console.WriteLine($"annual-report: {cases:N0} cases, report year {ReportYear}, Azurite in memory, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"rows",9} {"phase",-8} {"seconds",8} {"rows/s",9} {"counted",8} {"counted/s",10} {"peak WS MB",10} {"peak heap MB",12} {"allocated MB",12} {"our CPU s",9}");
        var seeded = 0;
        var timings = new List<(double Compile, double Scan, double CompileProcessor)>();
        foreach (var target in new[] { cases / 2, cases })
        {
            var seeding = Stopwatch.StartNew();
            var added = target - seeded;
            await SeedAsync(table, generator, added);
            seeded = target;
            Console.WriteLine($"{seeded,9:N0} {"seed",-8} {seeding.Elapsed.TotalSeconds,8:F1} {added / seeding.Elapsed.TotalSeconds,9:N0}");

            // The scan runs before and after the compile, so neither side gets the warmer storage.
            var before = await ScanAsync(table, seeded, "scan");
            var compile = await MeasureAsync(async () =>
            {
                var (_, records) = await AnnualReportCompilation.RunAsync(reader, ReportYear, DateTimeOffset.UnixEpoch, 5000, null, CancellationToken.None);
                return records;
            });
            Print(seeded, "compile", compile, seeded);
            var after = await ScanAsync(table, seeded, "scan");
            var scanSeconds = (before.Seconds + after.Seconds) / 2;
            timings.Add((compile.Seconds, scanSeconds, compile.ProcessorSeconds));
            Console.WriteLine($"{"",9} {"ratio",-8} compile/scan over the same rows: {scanSeconds / compile.Seconds:F2} " +
                              $"(compile {seeded / compile.Seconds:N0} cases/s, scan {seeded / scanSeconds:N0} rows/s, the mean of both scans)");
        }
        Console.WriteLine($"growth from {cases / 2:N0} to {cases:N0} rows (2.00 is linear): compile {timings[1].Compile / timings[0].Compile:F2}, " +
                          $"scan {timings[1].Scan / timings[0].Scan:F2}, this process's CPU time in the compile {timings[1].CompileProcessor / timings[0].CompileProcessor:F2}");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"process peak working set {self.PeakWorkingSet64 / 1e6:N0} MB (seeding included); GC allocated in total {GC.GetTotalAllocatedBytes(true) / 1e6:N0} MB");
        return 0;
    }

    private static async Task<Measurement> ScanAsync(TableClient table, int seeded, string phase)
    {
        var pageTimes = new List<double>();
        var scan = await MeasureAsync(async () =>
        {
            var rows = 0;
            var page = Stopwatch.StartNew();
            await foreach (var p in table.QueryAsync<TableEntity>(maxPerPage: CaseStatisticsReader.PageSize).AsPages())
            {
                rows += p.Values.Count;
                pageTimes.Add(page.Elapsed.TotalMilliseconds);
                page.Restart();
            }
            return rows;
        });
        Print(seeded, phase, scan, scan.Count);
        var tenth = Math.Max(1, pageTimes.Count / 10);
        Console.WriteLine($"{"",9} {"pages",-8} scan ms per page of {CaseStatisticsReader.PageSize}: first tenth {pageTimes.Take(tenth).Average():F1}, " +
                          $"last tenth {pageTimes.TakeLast(tenth).Average():F1}");
        return scan;
    }

    private static void Print(int rows, string phase, Measurement m, int basis) =>
        Console.WriteLine($"{rows,9:N0} {phase,-8} {m.Seconds,8:F2} {basis / m.Seconds,9:N0} {m.Count,8:N0} {m.Count / m.Seconds,10:N0} " +
                          $"{m.PeakWorkingSet / 1e6,10:N0} {m.PeakHeap / 1e6,12:N0} {m.Allocated / 1e6,12:N0} {m.ProcessorSeconds,9:F2}");

    private static async Task SeedAsync(TableClient table, SyntheticCases generator, int count)
    {
        const int Chunk = 10_000;
        for (var done = 0; done < count; done += Chunk)
        {
            var batches = Enumerable.Range(0, Math.Min(Chunk, count - done))
                .Select(_ => CaseStatisticsRows.Entity(generator.Next()))
                .GroupBy(e => e.PartitionKey)
                .SelectMany(p => p.Chunk(BatchSize))
                .ToList();
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentBatches }, async (batch, ct) =>
                await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), ct));
        }
    }

    /// <summary>Runs <paramref name="work"/> once, sampling the working set and managed heap every 10 ms.</summary>
    private static async Task<Measurement> MeasureAsync(Func<Task<int>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        long peakWorkingSet = 0, peakHeap = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                self.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, self.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                try { await Task.Delay(10, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var processorBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = await work();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        self.Refresh();
        var processor = (self.TotalProcessorTime - processorBefore).TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        return new Measurement(clock.Elapsed.TotalSeconds, count, peakWorkingSet, peakHeap, allocated, processor);
    }

    /// <summary>ProcessorSeconds is this process's CPU time alone: the cost that is ours, apart from the storage's.</summary>
    private sealed record Measurement(double Seconds, int Count, long PeakWorkingSet, long PeakHeap, long Allocated, double ProcessorSeconds);
}
