using System.Collections.Concurrent;
using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>
/// Compiles a year's report from the case statistics and stores it in every format. The status is written before,
/// during (every <c>Reports:ProgressEvery</c> records) and after the compile. A report that does not balance is not
/// stored at all: the one compiled before stays published, and the status names the cases at fault.
/// </summary>
public sealed class AnnualReportService(
    CaseStatisticsReader reader,
    AnnualReportStore store,
    TimeProvider time,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<AnnualReportService> logger)
{
    private readonly ConcurrentDictionary<int, Lazy<Run>> running = new();

    private int ProgressEvery => Math.Max(1, configuration.GetValue("Reports:ProgressEvery", 5000));

    private string? Publisher => configuration["Agency:Name"];

    /// <summary>
    /// Starts compiling <paramref name="year"/> in the background, or joins the compile of it already running here,
    /// and answers once its first status is stored. <see cref="AnnualReportCompile.Finished"/> ends with the final
    /// status (completed, or failed naming the cases at fault); it faults only when storage fails.
    /// </summary>
    public async Task<AnnualReportCompile> StartAsync(int year)
    {
        var run = running.GetOrAdd(year, y => new Lazy<Run>(() => Launch(y))).Value;
        return new AnnualReportCompile(await run.Started.Task, run.Finished);
    }

    /// <summary>Compiles <paramref name="year"/> and waits for it (the yearly timer's way).</summary>
    public async Task<AnnualReportStatus> CompileAsync(int year, CancellationToken cancellationToken) =>
        await (await StartAsync(year).WaitAsync(cancellationToken)).Finished.WaitAsync(cancellationToken);

    private Run Launch(int year)
    {
        var started = new TaskCompletionSource<AnnualReportStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        return new Run(started, Task.Run(() => RunAsync(year, started)));
    }

    private async Task<AnnualReportStatus> RunAsync(int year, TaskCompletionSource<AnnualReportStatus> started)
    {
        try
        {
            return await CompileAndStoreAsync(year, started, lifetime.ApplicationStopping);
        }
        catch (Exception e)
        {
            started.TrySetException(e);
            throw;
        }
        finally
        {
            running.TryRemove(year, out _);
        }
    }

    private async Task<AnnualReportStatus> CompileAndStoreAsync(int year, TaskCompletionSource<AnnualReportStatus> started, CancellationToken cancellationToken)
    {
        var previous = await store.ReadStatusAsync(year, cancellationToken);
        var status = new AnnualReportStatus(
            year, AnnualReportStatus.Compiling, ReportYears.IsProvisional(year, time), 0, time.GetUtcNow(),
            ReportCompiledAt: previous?.ReportCompiledAt);
        await store.WriteStatusAsync(status, cancellationToken);
        started.TrySetResult(status);
        try
        {
            var timeliness = new ReplyTimelinessCounter(year);
            var (report, records) = await AnnualReportCompilation.RunAsync(
                reader, year, status.StartedAt, ProgressEvery,
                (count, ct) => store.WriteStatusAsync(status = status with { Processed = count }, ct),
                cancellationToken, timeliness);
            var files = AnnualReportExports.SupportedFormats.Select(f => AnnualReportExports.Render(report, f, Publisher)).ToList();
            await store.WriteTimelinessAsync(year, timeliness.Result, cancellationToken);
            await store.WriteReportAsync(year, files, cancellationToken);
            var completed = status with
            {
                State = AnnualReportStatus.Completed,
                Processed = records,
                CompiledAt = report.CompiledAt,
                ReportCompiledAt = report.CompiledAt,
            };
            await store.WriteStatusAsync(completed, cancellationToken);
            logger.LogInformation("Annual report {Year} compiled from {Records} case records", year, records);
            return completed;
        }
        catch (ReportInvariantViolation violation)
        {
            logger.LogError("Annual report {Year} not stored: {Problem}", year, violation.Message);
            var failed = status with
            {
                State = AnnualReportStatus.Failed,
                Error = violation.Message,
                CaseIds = violation.CaseIds,
                UnbalancedColumns = violation.UnbalancedColumns,
            };
            await store.WriteStatusAsync(failed, cancellationToken);
            return failed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Annual report {Year} failed", year);
            try
            {
                await store.WriteStatusAsync(status with { State = AnnualReportStatus.Failed, Error = e.Message }, CancellationToken.None);
            }
            catch (Azure.RequestFailedException)
            {
                // Storage itself is failing: the status stays "compiling" and the original error is the one to report.
            }
            throw;
        }
    }

    private sealed record Run(TaskCompletionSource<AnnualReportStatus> Started, Task<AnnualReportStatus> Finished);
}
