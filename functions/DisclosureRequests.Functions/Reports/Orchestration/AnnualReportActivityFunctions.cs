using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Reports.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.Functions.Reports.Orchestration;

/// <summary>The annual report orchestration's steps as activity functions, with the app's services as the standalone gives them.</summary>
public sealed class AnnualReportActivityFunctions
{
    [Function(AnnualReportBeginActivity.Name)]
    public async Task<AnnualReportStatus> Begin([ActivityTrigger] AnnualReportStatus started, FunctionContext functionContext) =>
        await Activity<AnnualReportBeginActivity>(functionContext).RunAsync(Step(AnnualReportBeginActivity.Name, started.Year), started);

    [Function(AnnualReportChunkActivity.Name)]
    public async Task<AnnualReportPosition> Chunk([ActivityTrigger] AnnualReportPosition position, FunctionContext functionContext) =>
        await Activity<AnnualReportChunkActivity>(functionContext).RunAsync(Step(AnnualReportChunkActivity.Name, position.Year), position);

    [Function(AnnualReportFinishActivity.Name)]
    public async Task<AnnualReportStatus> Finish([ActivityTrigger] AnnualReportEnd end, FunctionContext functionContext) =>
        await Activity<AnnualReportFinishActivity>(functionContext).RunAsync(Step(AnnualReportFinishActivity.Name, end.Status.Year), end);

    private static T Activity<T>(FunctionContext functionContext) => ActivatorUtilities.CreateInstance<T>(functionContext.InstanceServices);

    // Only the year's orchestration calls these activities, so its instance id follows from the year.
    private static StepContext Step(string name, int year) => new(name, AnnualReportOrchestration.InstanceId(year));

    private sealed class StepContext(TaskName name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name => name;

        public override string InstanceId => instanceId;
    }
}
