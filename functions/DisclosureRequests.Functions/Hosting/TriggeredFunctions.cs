using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Hosting;
using Microsoft.Extensions.Logging;

namespace DisclosureRequests.Functions.Hosting;

/// <summary>Runs a timer or queue function of the catalog through the same handler the standalone host schedules.</summary>
public sealed class TriggeredFunctions(IEnumerable<IFunctionHandler> handlers, ILogger<TriggeredFunctions> logger)
{
    public Task RunTimerAsync(string functionName, bool isPastDue, ICaseOrchestrations? orchestrations, CancellationToken cancellationToken) =>
        RunAsync(functionName, FunctionInvocation.Timer(isPastDue) with { Orchestrations = orchestrations }, cancellationToken);

    public Task RunQueueAsync(string functionName, string message, ICaseOrchestrations? orchestrations, CancellationToken cancellationToken) =>
        RunAsync(functionName, FunctionInvocation.QueueMessage(message) with { Orchestrations = orchestrations }, cancellationToken);

    public async Task RunAsync(string functionName, FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var handler = handlers.Single(h => h.FunctionName == functionName);
        var result = await handler.RunAsync(invocation, cancellationToken);
        foreach (var line in result.Logs) logger.LogInformation("{Function}: {Line}", functionName, line);
    }
}
