using System.Diagnostics;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>
/// The processor time Azurite and the app spent over a stretch of the run, per operation: what an operation costs the
/// storage, however much of it the clients' concurrency or work left for later hides from a rate.
/// </summary>
public sealed class Cost
{
    private readonly Azurite azurite;
    private readonly AppProcess app;
    private readonly TimeSpan azuriteFrom, appFrom;
    private readonly long startedAt;

    private Cost(Azurite azurite, AppProcess app)
    {
        this.azurite = azurite;
        this.app = app;
        azuriteFrom = azurite.ProcessorTime;
        appFrom = app.ProcessorTime;
        startedAt = Stopwatch.GetTimestamp();
    }

    public static Cost Start(Azurite azurite, AppProcess app) => new(azurite, app);

    /// <summary>What the stretch so far cost Azurite per operation, less what it spends on the idle app in as long.</summary>
    public Spent Stop(int operations, Spent? idle = null)
    {
        var elapsed = Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
        var onAzurite = (azurite.ProcessorTime - azuriteFrom).TotalMilliseconds;
        var onApp = (app.ProcessorTime - appFrom).TotalMilliseconds;
        var perOperation = (onAzurite - (idle?.AzuriteBusy ?? 0) * elapsed) / Math.Max(1, operations);
        return new Spent(perOperation, onAzurite / elapsed, onApp / elapsed);
    }

    /// <param name="AzuriteMs">Azurite's processor time per operation, the idle app's share taken off.</param>
    /// <param name="AzuriteBusy">Azurite's processor time over the wall time: 1 means its one thread never rested.</param>
    /// <param name="AppBusy">The app's, over the wall time: it has two cores to use.</param>
    public sealed record Spent(double AzuriteMs, double AzuriteBusy, double AppBusy);
}
