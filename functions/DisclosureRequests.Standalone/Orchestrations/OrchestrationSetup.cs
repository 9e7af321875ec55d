using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Storage;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>
/// Standalone, the case and annual report orchestrations run on the Durable Task Framework itself, on the app's storage account: the
/// same backend Durable Functions uses in Azure, so a task hub means the same thing under either host.
/// </summary>
public static class OrchestrationSetup
{
    public const string TaskHubSetting = "Durable:TaskHub";
    public const string DefaultTaskHub = "DisclosureRequests";

    public static IServiceCollection AddOrchestrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => new AzureStorageOrchestrationService(ServiceSettings(configuration, provider.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton(provider => new TaskHubClient(
            provider.GetRequiredService<AzureStorageOrchestrationService>(), new SystemTextJsonDataConverter(), provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<ICaseOrchestrations, TaskHubCaseOrchestrations>();
        services.Replace(ServiceDescriptor.Singleton<IAnnualReportCompiles, TaskHubReportCompiles>());
        services.AddHostedService<OrchestrationWorker>();
        return services;
    }

    /// <summary>The task hub on the app's storage account, tuned for a desk that should not wait on a poll.</summary>
    public static AzureStorageOrchestrationServiceSettings ServiceSettings(IConfiguration configuration, ILoggerFactory loggers) => new()
    {
        TaskHubName = configuration[TaskHubSetting] ?? DefaultTaskHub,
        StorageAccountClientProvider = configuration[StorageClients.SettingName] is { Length: > 0 } connectionString
            ? new StorageAccountClientProvider(connectionString)
            : IdentityProvider(StorageClients.IdentityBased(configuration)),
        // An idle hub is polled at most this far apart (30 s by default): a letter or a fired timer should show at
        // once on a local desk, and one process polling four partitions every second costs Azurite little.
        MaxQueuePollingInterval = TimeSpan.FromSeconds(configuration.GetValue("Durable:MaxQueuePollingSeconds", 1.0)),
        // A message taken by a process that was then killed shows again after this long (5 min by default); the
        // dispatchers renew it while they work, so a short one only brings a crashed step back sooner.
        ControlQueueVisibilityTimeout = MessageVisibility(configuration),
        WorkItemQueueVisibilityTimeout = MessageVisibility(configuration),
        // Starting an instance that is still running answers "already exists" instead of silently doing nothing, so a
        // signal can try to start first and tell the running instance when that is refused.
        ThrowExceptionOnInvalidDedupeStatus = true,
        // Few steps at once (the framework's defaults are 10 per core and 100): storage that serves one request at a
        // time, as Azurite does, gets no more done with more steps queued at it, and a citizen's or an officer's
        // request waits behind each one. A storage account that serves partitions in parallel can be given more.
        MaxConcurrentTaskActivityWorkItems = configuration.GetValue("Durable:MaxConcurrentActivities", 4),
        MaxConcurrentTaskOrchestrationWorkItems = configuration.GetValue("Durable:MaxConcurrentOrchestrations", 8),
        LoggerFactory = loggers,
    };

    private static TimeSpan MessageVisibility(IConfiguration configuration) =>
        TimeSpan.FromSeconds(configuration.GetValue("Durable:MessageVisibilitySeconds", 30.0));

    private static StorageAccountClientProvider IdentityProvider(IdentityBasedStorage identity) =>
        new(identity.Blobs, identity.Queues, identity.Tables, identity.Credential);
}
