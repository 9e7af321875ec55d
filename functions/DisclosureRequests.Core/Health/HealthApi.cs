using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Health;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", Check)
            .AllowAnyone()
            .WithTags("Operations")
            .WithSummary("Liveness, whether tables, blobs and queues are reachable, and how far the working-day calendar reaches; degraded while open cases lack a due date")
            .Produces<HealthReport>()
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<JsonHttpResult<HealthReport>> Check([AsParameters] HealthApiServices services, CancellationToken cancellationToken)
    {
        var (storage, calendars, timers, time) = services;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var tables = await Probe(() => storage.Table(StorageNames.CasesTable).GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("health", "health", cancellationToken: timeout.Token));
        var blobs = await Probe(() => storage.Container(StorageNames.LettersContainer).ExistsAsync(timeout.Token));
        var queues = await Probe(() => storage.Queue(StorageNames.OutboxQueue).ExistsAsync(timeout.Token));
        var healthy = tables && blobs && queues;
        var waiting = 0;
        if (tables) await Probe(async () => waiting = await timers.CountAwaitingCalendarAsync(timeout.Token));
        var coverage = CalendarCoverage.Of(calendars.InForce, ChinaTime.Today(time), waiting);
        var report = new HealthReport(!healthy ? "unhealthy" : coverage.Degraded ? "degraded" : "healthy",
            new StorageHealth(Word(tables), Word(blobs), Word(queues)), coverage);
        return TypedResults.Json(report, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> Probe<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            return false;
        }
    }

    private static string Word(bool reachable) => reachable ? "reachable" : "unreachable";
}

public sealed record HealthReport(string Status, StorageHealth Storage, CalendarCoverage Calendar);

public sealed record StorageHealth(string Tables, string Blobs, string Queues);
