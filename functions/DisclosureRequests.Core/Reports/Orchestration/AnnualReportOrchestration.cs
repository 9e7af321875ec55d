using Microsoft.DurableTask;

namespace DisclosureRequests.Core.Reports.Orchestration;

/// <summary>
/// The compile of one year's report (instance id <c>annual-report-{year}</c>): it stores the compile's first status,
/// reads the year's case rows a chunk at a time, carrying the counts and the table's continuation from chunk to chunk,
/// shows the records read so far as its custom status, and ends by storing the report in every format and its final
/// status. The chunks done are in the orchestration's history, so a process killed mid-compile is followed by one that
/// goes on from the last chunk; every <see cref="ChunksPerExecution"/> chunks it starts over with a fresh history.
/// </summary>
public sealed class AnnualReportOrchestration : TaskOrchestrator<AnnualReportRun, AnnualReportStatus>
{
    public const string Name = "AnnualReportOrchestration";
    public const int ChunksPerExecution = 25;

    private static readonly TaskOptions Retried = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2));

    public static string InstanceId(int year) => $"annual-report-{year}";

    public override async Task<AnnualReportStatus> RunAsync(TaskOrchestrationContext context, AnnualReportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var status = run.Status;
        var position = run.Position;
        try
        {
            if (position is null)
            {
                status = await context.CallActivityAsync<AnnualReportStatus>(AnnualReportBeginActivity.Name, status, Retried);
                position = AnnualReportPosition.Start(status.Year);
            }
            context.SetCustomStatus(status);
            for (var chunk = 0; chunk < ChunksPerExecution && !position.Finished; chunk++)
            {
                position = await context.CallActivityAsync<AnnualReportPosition>(AnnualReportChunkActivity.Name, position, Retried);
                status = status with { Processed = position.Records };
                context.SetCustomStatus(status);
            }
            if (!position.Finished)
            {
                context.ContinueAsNew(new AnnualReportRun(status, position));
                return status;
            }
            return await context.CallActivityAsync<AnnualReportStatus>(
                AnnualReportFinishActivity.Name, new AnnualReportEnd(status, position, null), Retried);
        }
        catch (TaskFailedException failure)
        {
            // Storage failed through every retry: the stored status says so, rather than "compiling" for ever.
            return await context.CallActivityAsync<AnnualReportStatus>(
                AnnualReportFinishActivity.Name, new AnnualReportEnd(status, position, failure.FailureDetails.ErrorMessage), Retried);
        }
    }
}
