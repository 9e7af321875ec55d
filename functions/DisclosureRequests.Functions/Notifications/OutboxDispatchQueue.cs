using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Functions.Cases.Orchestration;
using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace DisclosureRequests.Functions.Notifications;

public sealed class OutboxDispatchQueue(TriggeredFunctions functions)
{
    // Every committed command queues its case here, so this is where a new case's orchestration starts.
    [Function(FunctionCatalog.OutboxDispatch)]
    public Task Run(
        [QueueTrigger(StorageNames.OutboxQueue, Connection = "AzureWebJobsStorage")] string message,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        functions.RunQueueAsync(FunctionCatalog.OutboxDispatch, message, new DurableClientOrchestrations(client), cancellationToken);
}
