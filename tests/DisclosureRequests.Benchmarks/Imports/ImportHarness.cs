using System.Diagnostics;
using System.Security.Cryptography;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Imports;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DisclosureRequests.Benchmarks.Imports;

/// <summary>
/// <c>import-cases [--rows N]</c>: imports a file of N/2 rows, then another of N rows, each into a fresh Azurite of
/// its own, through the same importer as <c>POST /api/imports/cases</c> (both passes: every row checked, then written),
/// and prints rows per second and the peak working set and managed heap of each. Next to it, the raw rate of that
/// Azurite for the same Cases rows (<see cref="RawCaseWrites"/>) on an empty table and at the size the import reached,
/// so the importer's own cost is told apart from the emulator's. Memory that stays flat from N/2 to N shows the file
/// is streamed, never loaded; what grows is the 16 bytes a row of the repeated-number check.
/// </summary>
public static class ImportHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = HarnessArguments.Int(args, "--rows", 100_000);
        Console.WriteLine($"import-cases: files of {rows / 2:N0} and {rows:N0} rows, each into a fresh Azurite in memory, {Environment.ProcessorCount} cores");
        Console.WriteLine($"raw: {RawCaseWrites.Sample:N0} cases' Cases rows written without the importer, on an empty table (0) and after the import (end); " +
                          "over file = the mean cost of the two; ratio = importer rows/s ÷ raw over file");
        Console.WriteLine($"{"rows",9} {"file MB",8} {"seconds",8} {"rows/s",8} {"created",8} {"raw 0/s",8} {"raw end/s",9} {"raw file/s",10} {"ratio",6} " +
                          $"{"peak WS MB",10} {"peak heap MB",12} {"allocated MB",12}");
        var peaks = new List<(long WorkingSet, long Heap)>();
        foreach (var (prefix, count) in new[] { ("HALF", rows / 2), ("FULL", rows) })
        {
            var path = SyntheticImportFile.Write(prefix, count, seed: count);
            try
            {
                await using var azurite = await Azurite.StartAsync();
                var storage = new StorageClients(
                    new TableServiceClient(azurite.ConnectionString),
                    new BlobServiceClient(azurite.ConnectionString),
                    new QueueServiceClient(azurite.ConnectionString));
                await StorageInitializer.EnsureCreatedAsync(storage, CancellationToken.None);
                var importer = Importer(storage);
                var file = new ImportFile(path, Path.GetFileName(path), ImportFileKind.Csv, Sha256(path));
                var (outcome, m) = await MeasureAsync(() => importer.ImportAsync(file, "benchmark", CancellationToken.None));
                if (outcome is not ImportOutcome.Imported imported) throw new InvalidOperationException($"The import was refused: {outcome}");
                peaks.Add((m.PeakWorkingSet, m.PeakHeap));

                var cases = storage.Table(StorageNames.CasesTable);
                var template = await RawCaseWrites.TemplateAsync(cases);
                var atEnd = await RawCaseWrites.CasesPerSecondAsync(cases, template, "raw");
                var empty = storage.Table("RawWrites");
                await empty.CreateIfNotExistsAsync();
                var atStart = await RawCaseWrites.CasesPerSecondAsync(empty, template, "raw");
                var overFile = RawCaseWrites.OverFile(atStart, atEnd);
                var rate = count / m.Seconds;
                Console.WriteLine($"{count,9:N0} {new FileInfo(path).Length / 1e6,8:N1} {m.Seconds,8:F1} {rate,8:N0} {imported.Created,8:N0} " +
                                  $"{atStart,8:N0} {atEnd,9:N0} {overFile,10:N0} {rate / overFile,6:F2} " +
                                  $"{m.PeakWorkingSet / 1e6,10:N0} {m.PeakHeap / 1e6,12:N0} {m.Allocated / 1e6,12:N0}");
            }
            finally
            {
                File.Delete(path);
            }
        }
        Console.WriteLine($"peak memory from {rows / 2:N0} to {rows:N0} rows (1.00 is flat, 2.00 grows with the file): " +
                          $"working set {(double)peaks[1].WorkingSet / peaks[0].WorkingSet:F2}, managed heap {(double)peaks[1].Heap / peaks[0].Heap:F2}");
        return 0;
    }

    private static CaseImporter Importer(StorageClients storage)
    {
        var calendars = new WorkingDayCalendars(WorkingDayCalendar.Official, new CalendarYearStore(storage),
            new ConfigurationBuilder().Build(), TimeProvider.System, NullLogger<WorkingDayCalendars>.Instance);
        return new CaseImporter(
            new CaseStore(storage), new TrackingNumbers(storage),
            [new WorklistProjection(storage, calendars, TimeProvider.System, new PartitionBatches(storage)), new CaseStatisticsProjection(storage, calendars, new PartitionBatches(storage))],
            storage, calendars, TimeProvider.System, NullLogger<CaseImporter>.Instance);
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Runs <paramref name="work"/> once, sampling the working set and managed heap every 10 ms.</summary>
    private static async Task<(T Result, Measurement Measurement)> MeasureAsync<T>(Func<Task<T>> work)
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
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        await stop.CancelAsync();
        await sampler;
        return (result, new Measurement(clock.Elapsed.TotalSeconds, peakWorkingSet, peakHeap, allocated));
    }

    private sealed record Measurement(double Seconds, long PeakWorkingSet, long PeakHeap, long Allocated);
}
