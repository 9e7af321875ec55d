using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>
/// How a compile ends, the same in-process and in the orchestration: a report that balances is rendered in every
/// format and stored, then its completed status; one that does not is not stored at all (the one compiled before stays
/// published) and the failed status names the cases at fault.
/// </summary>
public sealed class AnnualReportResults(AnnualReportStore store, IConfiguration configuration, ILogger<AnnualReportResults> logger)
{
    public async Task<AnnualReportStatus> CompletedAsync(
        AnnualReportStatus compiling, AnnualReport report, int records, ReplyTimeliness timeliness, CancellationToken cancellationToken)
    {
        var files = AnnualReportExports.SupportedFormats.Select(f => AnnualReportExports.Render(report, f, configuration["Agency:Name"])).ToList();
        await store.WriteTimelinessAsync(report.Year, timeliness, cancellationToken);
        await store.WriteReportAsync(report.Year, files, cancellationToken);
        var completed = compiling with
        {
            State = AnnualReportStatus.Completed,
            Processed = records,
            CompiledAt = report.CompiledAt,
            ReportCompiledAt = report.CompiledAt,
        };
        await store.WriteStatusAsync(completed, cancellationToken);
        logger.LogInformation("Annual report {Year} compiled from {Records} case records", report.Year, records);
        return completed;
    }

    public async Task<AnnualReportStatus> DoesNotBalanceAsync(AnnualReportStatus compiling, ReportInvariantViolation violation, CancellationToken cancellationToken)
    {
        logger.LogError("Annual report {Year} not stored: {Problem}", compiling.Year, violation.Message);
        var failed = compiling with
        {
            State = AnnualReportStatus.Failed,
            Error = violation.Message,
            CaseIds = violation.CaseIds,
            UnbalancedColumns = violation.UnbalancedColumns,
        };
        await store.WriteStatusAsync(failed, cancellationToken);
        return failed;
    }

    public async Task<AnnualReportStatus> FailedAsync(AnnualReportStatus compiling, string error, CancellationToken cancellationToken)
    {
        var failed = compiling with { State = AnnualReportStatus.Failed, Error = error };
        await store.WriteStatusAsync(failed, cancellationToken);
        return failed;
    }
}
