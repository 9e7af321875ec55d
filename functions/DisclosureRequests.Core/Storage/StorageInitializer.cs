namespace DisclosureRequests.Core.Storage;

/// <summary>Creates the tables, queues and containers on start, so a fresh Azurite or account just works.</summary>
public sealed class StorageInitializer(StorageClients storage, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureCreatedAsync(storage, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Storage could not be prepared; /api/health reports it until it is reachable");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task EnsureCreatedAsync(StorageClients storage, CancellationToken cancellationToken)
    {
        foreach (var table in StorageNames.Tables)
            await storage.Tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        foreach (var queue in StorageNames.Queues)
            await storage.Queue(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var container in StorageNames.Containers)
            await storage.Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }
}
