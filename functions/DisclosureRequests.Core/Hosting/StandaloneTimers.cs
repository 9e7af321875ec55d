using Cronos;

namespace DisclosureRequests.Core.Hosting;

/// <summary>Standalone only: runs each timer function on its catalog schedule, as the Functions host would.</summary>
public sealed class StandaloneTimers(
    IEnumerable<IFunctionHandler> handlers, IEnumerable<Cases.Orchestration.ICaseOrchestrations> orchestrations, TimeProvider time, ILogger<StandaloneTimers> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(FunctionCatalog.Triggered
            .Where(f => f.Trigger is FunctionTrigger.Timer)
            .Select(f => RunScheduleAsync(f.Name, ((FunctionTrigger.Timer)f.Trigger).Schedule, stoppingToken)));

    private async Task RunScheduleAsync(string name, string schedule, CancellationToken stoppingToken)
    {
        var handler = handlers.Single(h => h.FunctionName == name);
        var cron = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = cron.GetNextOccurrence(now, TimeZoneInfo.Utc);
            if (next is null) return;
            await Task.Delay(next.Value - now, time, stoppingToken);
            try
            {
                await handler.RunAsync(FunctionInvocation.Timer() with { Orchestrations = orchestrations.SingleOrDefault() }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Timer function {Function} failed; it runs again at its next occurrence", name);
            }
        }
    }
}
