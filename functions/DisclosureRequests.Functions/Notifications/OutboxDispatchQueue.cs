using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Notifications;

public sealed class OutboxDispatchQueue(TriggeredFunctions functions)
{
    [Function(FunctionCatalog.OutboxDispatch)]
    public Task Run([QueueTrigger(StorageNames.OutboxQueue, Connection = "AzureWebJobsStorage")] string message, CancellationToken cancellationToken) =>
        functions.RunQueueAsync(FunctionCatalog.OutboxDispatch, message, cancellationToken);
}
