using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// The storage account, reached the way the Functions host reaches it: a connection string in
/// <c>AzureWebJobsStorage</c> (Azurite, local runs) or, in production, identity-based settings
/// <c>AzureWebJobsStorage__accountName</c> with the app's managed identity, so no key is ever configured.
/// </summary>
public sealed class StorageClients
{
    public const string SettingName = "AzureWebJobsStorage";

    public StorageClients(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues)
    {
        Tables = tables;
        Blobs = blobs;
        Queues = queues;
    }

    public TableServiceClient Tables { get; }
    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }

    public TableClient Table(string name) => Tables.GetTableClient(name);
    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);
    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public static StorageClients FromConfiguration(IConfiguration configuration)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageClients(
                new TableServiceClient(connectionString),
                new BlobServiceClient(connectionString),
                new QueueServiceClient(connectionString, queueOptions));
        }

        var section = configuration.GetSection(SettingName);
        var accountName = section["accountName"]
            ?? throw new InvalidOperationException($"Set {SettingName} (a connection string) or {SettingName}__accountName (identity-based).");
        TokenCredential credential = section["clientId"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        return new StorageClients(
            new TableServiceClient(Endpoint(section, "tableServiceUri", accountName, "table"), credential),
            new BlobServiceClient(Endpoint(section, "blobServiceUri", accountName, "blob"), credential),
            new QueueServiceClient(Endpoint(section, "queueServiceUri", accountName, "queue"), credential, queueOptions));
    }

    private static Uri Endpoint(IConfigurationSection section, string key, string accountName, string service) =>
        new(section[key] ?? $"https://{accountName}.{service}.core.windows.net");
}
