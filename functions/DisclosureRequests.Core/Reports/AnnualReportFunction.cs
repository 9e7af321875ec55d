using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Reports.Orchestration;

namespace DisclosureRequests.Core.Reports;

/// <summary>
/// Art. 49 asks for the report on the previous year by 31 January; this compiles it at 00:05 on 1 January, China
/// time. A year whose final report is stored is left as it is, so a repeated or late run stores nothing new; a
/// provisional report compiled during that year is replaced. Corrections afterwards go through POST. Where
/// orchestrations run, this starts the year's (or joins the one running) and returns; the orchestration stores it.
/// </summary>
public sealed class AnnualReportFunction(
    IAnnualReportCompiles compiles, AnnualReportStore store, Intake.ApplicationRegistrar registrar, TimeProvider time) : IFunctionHandler
{
    public string FunctionName => FunctionCatalog.AnnualReport;

    public async Task<FunctionResult> RunAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var year = ReportYears.JustEnded(time);
        if (await store.ReadStatusAsync(year, cancellationToken) is { State: AnnualReportStatus.Completed, Provisional: false } done)
            return new FunctionResult([$"The {year} annual report was compiled at {done.CompiledAt:O}; nothing to do."], done);

        // The year's last applications may have been received in a burst whose cases are still to be written.
        await registrar.RegisterAllAsync(cancellationToken);
        var reports = invocation.ReportCompiles ?? compiles;
        var started = await reports.StartAsync(year, cancellationToken);
        if (reports.Durable)
            return new FunctionResult([$"The {year} annual report is compiled by orchestration {AnnualReportOrchestration.InstanceId(year)}."], started);

        var status = await reports.EndAsync(year, Timeout.InfiniteTimeSpan, cancellationToken) ?? started;
        if (status.State != AnnualReportStatus.Completed)
            throw new InvalidOperationException($"The {year} annual report was not stored: {status.Error}");
        return new FunctionResult([$"The {year} annual report was compiled from {status.Processed} case records."], status);
    }
}
