using Azure.Storage.Queues.Models;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// Standalone only: polls each queue of the catalog and runs its function, with the queue trigger's semantics: a
/// message is deleted after success, retried with backoff after failure, and moved to <c>{queue}-poison</c> after 5 tries.
/// A message is taken for <see cref="Visibility"/> and kept while its function runs, so one taken by a process that was
/// then killed shows again within that time: it is the signal to a case's orchestration, which nothing else repeats soon.
/// </summary>
public sealed class StandaloneQueues(
    IEnumerable<IFunctionHandler> handlers, IEnumerable<Cases.Orchestration.ICaseOrchestrations> orchestrations, StorageClients storage, TimeProvider time, ILogger<StandaloneQueues> logger)
    : BackgroundService
{
    private const int MaxDequeueCount = 5;
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);

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
                messages = (await queue.ReceiveMessagesAsync(16, Visibility, stoppingToken)).Value;
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
        var receipt = new MessageReceipt(message.PopReceipt);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var keeping = KeepAsync(queue, message.MessageId, receipt, done.Token);
        try
        {
            await handler.RunAsync(FunctionInvocation.QueueMessage(message.MessageText) with { Orchestrations = orchestrations.SingleOrDefault() }, stoppingToken);
            await StopKeepingAsync(done, keeping);
            await queue.DeleteMessageAsync(message.MessageId, receipt.PopReceipt, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await StopKeepingAsync(done, keeping);
            logger.LogWarning(e, "Function {Function} failed on a message (try {Try})", handler.FunctionName, message.DequeueCount);
            try
            {
                await SetAsideAsync(queue, queueName, message, receipt.PopReceipt, stoppingToken);
            }
            catch (Azure.RequestFailedException failed)
            {
                logger.LogWarning(failed, "Queue message {MessageId} could not be set aside; it shows again when its lease ends", message.MessageId);
            }
        }
    }

    /// <summary>A failed message is tried again after a backoff, or moved to the poison queue after its last try.</summary>
    private async Task SetAsideAsync(Azure.Storage.Queues.QueueClient queue, string queueName, QueueMessage message, string popReceipt, CancellationToken stoppingToken)
    {
        if (message.DequeueCount < MaxDequeueCount)
        {
            await queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: TimeSpan.FromSeconds(Math.Pow(2, message.DequeueCount)), cancellationToken: stoppingToken);
            return;
        }
        var poison = storage.Queue(queueName + "-poison");
        await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        await poison.SendMessageAsync(message.MessageText, stoppingToken);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, stoppingToken);
    }

    /// <summary>Keeps the message hidden while its function runs, renewing a third of the way into each lease.</summary>
    private async Task KeepAsync(Azure.Storage.Queues.QueueClient queue, string messageId, MessageReceipt receipt, CancellationToken done)
    {
        try
        {
            while (true)
            {
                try
                {
                    await Task.Delay(Visibility / 3, time, done);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                // Not cancelled midway: a renewal that went through must leave its receipt for the delete.
                var renewed = await queue.UpdateMessageAsync(messageId, receipt.PopReceipt, visibilityTimeout: Visibility, cancellationToken: CancellationToken.None);
                receipt.PopReceipt = renewed.Value.PopReceipt;
            }
        }
        catch (Azure.RequestFailedException e)
        {
            logger.LogWarning(e, "Queue message {MessageId} could not be kept hidden; it may run again", messageId);
        }
    }

    private static async Task StopKeepingAsync(CancellationTokenSource done, Task keeping)
    {
        await done.CancelAsync();
        await keeping;
    }

    private sealed class MessageReceipt(string popReceipt)
    {
        public string PopReceipt { get; set; } = popReceipt;
    }
}
