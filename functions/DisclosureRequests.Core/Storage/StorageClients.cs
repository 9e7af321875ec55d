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

        var identity = IdentityBased(configuration);
        return new StorageClients(
            new TableServiceClient(identity.Tables, identity.Credential),
            new BlobServiceClient(identity.Blobs, identity.Credential),
            new QueueServiceClient(identity.Queues, identity.Credential, queueOptions));
    }

    /// <summary>The account's endpoints and the app's identity, from the identity-based <c>AzureWebJobsStorage__*</c> settings.</summary>
    public static IdentityBasedStorage IdentityBased(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        var accountName = section["accountName"]
            ?? throw new InvalidOperationException($"Set {SettingName} (a connection string) or {SettingName}__accountName (identity-based).");
        TokenCredential credential = section["clientId"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        return new IdentityBasedStorage(
            Endpoint(section, "blobServiceUri", accountName, "blob"),
            Endpoint(section, "queueServiceUri", accountName, "queue"),
            Endpoint(section, "tableServiceUri", accountName, "table"),
            credential);
    }

    private static Uri Endpoint(IConfigurationSection section, string key, string accountName, string service) =>
        new(section[key] ?? $"https://{accountName}.{service}.core.windows.net");
}

public sealed record IdentityBasedStorage(Uri Blobs, Uri Queues, Uri Tables, TokenCredential Credential);
