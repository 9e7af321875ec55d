using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Reports.Orchestration;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>
/// Runs the orchestrations and their activities in a <see cref="TaskHubWorker"/>, adapted from the durabletask-dotnet
/// classes the isolated worker runs. Storage that is not up yet is waited for, as the other standalone triggers do.
/// </summary>
public sealed class OrchestrationWorker(
    AzureStorageOrchestrationService service, IServiceProvider services, ILoggerFactory loggers, TimeProvider time, ILogger<OrchestrationWorker> logger)
    : BackgroundService
{
    /// <summary>Each orchestration by name, built afresh for each execution.</summary>
    private static readonly (string Name, Func<ITaskOrchestrator> Create)[] Orchestrators =
    [
        (CaseOrchestration.Name, () => new CaseOrchestration()),
        (AnnualReportOrchestration.Name, () => new AnnualReportOrchestration()),
    ];

    /// <summary>Each activity by name, built from the app's services for each run.</summary>
    private static readonly (string Name, Type Type)[] Activities =
    [
        (CaseStepActivity.Name, typeof(CaseStepActivity)),
        // The two steps of a round as executions started by an earlier release take it, until they continue as new.
        (CaseTimerActivity.Name, typeof(CaseTimerActivity)),
        (CaseOutboxActivity.Name, typeof(CaseOutboxActivity)),
        (AnnualReportBeginActivity.Name, typeof(AnnualReportBeginActivity)),
        (AnnualReportChunkActivity.Name, typeof(AnnualReportChunkActivity)),
        (AnnualReportFinishActivity.Name, typeof(AnnualReportFinishActivity)),
    ];

    private TaskHubWorker? worker;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await service.CreateIfNotExistsAsync();
                worker = Build();
                await worker.StartAsync();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The orchestrations could not start; trying again in 5 s");
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (worker is not null) await worker.StopAsync(isForced: true);
        await base.StopAsync(cancellationToken);
    }

    private TaskHubWorker Build()
    {
        // A shim carries the state of one execution: each execution gets a new one.
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), loggers);
        var hub = new TaskHubWorker(service, loggers);
        foreach (var (name, create) in Orchestrators)
            hub.AddTaskOrchestrations(new NamedObjectCreator<TaskOrchestration>(name, () => shims.CreateOrchestration(name, create())));
        foreach (var (name, type) in Activities)
            hub.AddTaskActivities(new NamedObjectCreator<TaskActivity>(name,
                () => shims.CreateActivity(name, (ITaskActivity)ActivatorUtilities.CreateInstance(services, type))));
        return hub;
    }
}
