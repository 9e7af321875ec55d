using DisclosureRequests.Core.Cases.Orchestration;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>
/// Runs the case orchestration and its activities in a <see cref="TaskHubWorker"/>, adapted from the durabletask-dotnet
/// classes the isolated worker runs. Storage that is not up yet is waited for, as the other standalone triggers do.
/// </summary>
public sealed class CaseOrchestrationWorker(
    AzureStorageOrchestrationService service, IServiceProvider services, ILoggerFactory loggers, TimeProvider time, ILogger<CaseOrchestrationWorker> logger)
    : BackgroundService
{
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
                logger.LogWarning(e, "The case orchestrations could not start; trying again in 5 s");
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
        hub.AddTaskOrchestrations(new NamedObjectCreator<TaskOrchestration>(CaseOrchestration.Name,
            () => shims.CreateOrchestration(CaseOrchestration.Name, new CaseOrchestration())));
        hub.AddTaskActivities(new NamedObjectCreator<TaskActivity>(CaseTimerActivity.Name,
            () => shims.CreateActivity(CaseTimerActivity.Name, ActivatorUtilities.CreateInstance<CaseTimerActivity>(services))));
        hub.AddTaskActivities(new NamedObjectCreator<TaskActivity>(CaseOutboxActivity.Name,
            () => shims.CreateActivity(CaseOutboxActivity.Name, ActivatorUtilities.CreateInstance<CaseOutboxActivity>(services))));
        return hub;
    }
}
