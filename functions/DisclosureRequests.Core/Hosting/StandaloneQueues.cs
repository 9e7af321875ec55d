using Azure.Storage.Queues.Models;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// Standalone only: polls each queue of the catalog and runs its function, with the queue trigger's semantics: a
/// message is deleted after success, retried with backoff after failure, and moved to <c>{queue}-poison</c> after 5 tries.
/// </summary>
public sealed class StandaloneQueues(
    IEnumerable<IFunctionHandler> handlers, IEnumerable<Cases.Orchestration.ICaseOrchestrations> orchestrations, StorageClients storage, TimeProvider time, ILogger<StandaloneQueues> logger)
    : BackgroundService
{
    private const int MaxDequeueCount = 5;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(FunctionCatalog.Triggered
            .Where(f => f.Trigger is FunctionTrigger.Queue)
            .Select(f => PollAsync(f.Name, ((FunctionTrigger.Queue)f.Trigger).QueueName, stoppingToken)));

    private async Task PollAsync(string name, string queueName, CancellationToken stoppingToken)
    {
        var handler = handlers.Single(h => h.FunctionName == name);
        var queue = storage.Queue(queueName);
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(16, TimeSpan.FromMinutes(5), stoppingToken)).Value;
            }
            catch (Azure.RequestFailedException e)
            {
                logger.LogWarning(e, "Queue {Queue} could not be read", queueName);
                messages = [];
            }
            // A batch runs at once, as the Functions host runs a queue's batch (16 by default): one slow message does not hold the others.
            await Task.WhenAll(messages.Select(message => HandleAsync(handler, queueName, message, stoppingToken)));
            if (messages.Length == 0) await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
        }
    }

    private async Task HandleAsync(IFunctionHandler handler, string queueName, QueueMessage message, CancellationToken stoppingToken)
    {
        var queue = storage.Queue(queueName);
        try
        {
            await handler.RunAsync(FunctionInvocation.QueueMessage(message.MessageText) with { Orchestrations = orchestrations.SingleOrDefault() }, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Function {Function} failed on a message (try {Try})", handler.FunctionName, message.DequeueCount);
            if (message.DequeueCount >= MaxDequeueCount)
            {
                var poison = storage.Queue(queueName + "-poison");
                await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await poison.SendMessageAsync(message.MessageText, stoppingToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.FromSeconds(Math.Pow(2, message.DequeueCount)), cancellationToken: stoppingToken);
            }
        }
    }
}
