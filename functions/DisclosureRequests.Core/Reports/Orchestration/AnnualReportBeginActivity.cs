using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Reports.Orchestration;

/// <summary>Stores the status a compile begins with, naming the report served until it completes.</summary>
public sealed class AnnualReportBeginActivity(AnnualReportStore store) : TaskActivity<AnnualReportStatus, AnnualReportStatus>
{
    public const string Name = "AnnualReportBegin";

    public override async Task<AnnualReportStatus> RunAsync(TaskActivityContext context, AnnualReportStatus started)
    {
        ArgumentNullException.ThrowIfNull(started);
        // Run again after a crash, this reads its own first status, which names the same report.
        var previous = await store.ReadStatusAsync(started.Year, CancellationToken.None);
        var status = started with { ReportCompiledAt = previous?.ReportCompiledAt };
        await store.WriteStatusAsync(status, CancellationToken.None);
        return status;
    }
}
