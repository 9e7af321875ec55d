using DisclosureRequests.Reports;
using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Reports.Orchestration;

/// <summary>
/// The last step of a compile: the report from the counts, rendered and stored in every format with its completed
/// status; or the failed status, naming the cases at fault when the report does not balance.
/// </summary>
public sealed class AnnualReportFinishActivity(AnnualReportStore store, AnnualReportResults results) : TaskActivity<AnnualReportEnd, AnnualReportStatus>
{
    public const string Name = "AnnualReportFinish";

    public override async Task<AnnualReportStatus> RunAsync(TaskActivityContext context, AnnualReportEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        var status = end.Status;
        // Run again after a crash between storing and answering, it finds this compile's end stored and stores nothing twice.
        if (await store.ReadStatusAsync(status.Year, CancellationToken.None) is { State: not AnnualReportStatus.Compiling } stored
            && stored.StartedAt == status.StartedAt)
            return stored;
        if (end.Error is not null || end.Position is not { } position)
            return await results.FailedAsync(status, end.Error ?? "The compile stopped before it read any case.", CancellationToken.None);

        status = status with { Processed = position.Records };
        var compiler = AnnualReportCompiler.Resume(position.Year, position.Tally);
        AnnualReport report;
        try
        {
            report = AnnualReportCompilation.Complete(compiler, position.Unreadable, status.StartedAt);
        }
        catch (ReportInvariantViolation violation)
        {
            return await results.DoesNotBalanceAsync(status, violation, CancellationToken.None);
        }
        return await results.CompletedAsync(status, report, position.Records, position.Timeliness, CancellationToken.None);
    }
}
