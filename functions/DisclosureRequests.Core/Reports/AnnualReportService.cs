using System.Collections.Concurrent;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>
/// Compiles a year's report in this process, where orchestrations do not run, from the case statistics, and stores it
/// in every format. The status is written before, during (every <c>Reports:ProgressEvery</c> records) and after the
/// compile, so the stored status is always current. A report that does not balance is not stored at all: the one
/// compiled before stays published, and the status names the cases at fault.
/// </summary>
public sealed class AnnualReportService(
    CaseStatisticsReader reader,
    AnnualReportStore store,
    AnnualReportResults results,
    TimeProvider time,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<AnnualReportService> logger) : IAnnualReportCompiles
{
    private readonly ConcurrentDictionary<int, Lazy<Run>> running = new();

    private int ProgressEvery => Math.Max(1, configuration.GetValue("Reports:ProgressEvery", 5000));

    public bool Durable => false;

    /// <summary>
    /// Starts compiling <paramref name="year"/> in the background, or joins the compile of it already running here,
    /// and answers once its first status is stored.
    /// </summary>
    public async Task<AnnualReportStatus> StartAsync(int year, CancellationToken cancellationToken)
    {
        var run = running.GetOrAdd(year, y => new Lazy<Run>(() => Launch(y))).Value;
        return await run.Started.Task.WaitAsync(cancellationToken);
    }

    public Task<AnnualReportStatus?> RunningAsync(int year, CancellationToken cancellationToken) => Task.FromResult<AnnualReportStatus?>(null);

    /// <summary>The final status (completed, or failed naming the cases at fault); faults only when storage fails.</summary>
    public async Task<AnnualReportStatus?> EndAsync(int year, TimeSpan within, CancellationToken cancellationToken)
    {
        if (!running.TryGetValue(year, out var run)) return await store.ReadStatusAsync(year, cancellationToken);
        try
        {
            return await run.Value.Finished.WaitAsync(within, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

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
            return await results.CompletedAsync(status, report, records, timeliness.Result, cancellationToken);
        }
        catch (ReportInvariantViolation violation)
        {
            return await results.DoesNotBalanceAsync(status, violation, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Annual report {Year} failed", year);
            try
            {
                await results.FailedAsync(status, e.Message, CancellationToken.None);
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
