using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>The app as <see cref="SystemUnderTest"/> runs it, with a status write every 2 records and a <see cref="StatusWriteGate"/> on blob storage.</summary>
public sealed class GatedReportSystem : IAsyncLifetime
{
    private Azurite? azurite;
    private WebApplicationFactory<Program>? factory;

    public FakeTimeProvider Time { get; } = new(SystemUnderTest.Start);
    public StatusWriteGate Gate { get; } = new();
    public IServiceProvider Services => factory!.Services;
    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    public HttpClient Client() => factory!.CreateClient();

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        var connection = azurite.ConnectionString;
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(Gate, HttpPipelinePosition.PerCall);
        var storage = new StorageClients(
            new TableServiceClient(connection),
            new BlobServiceClient(connection, blobOptions),
            new QueueServiceClient(connection, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("AzureWebJobsStorage", connection);
            web.UseSetting("Auth:TrustClientPrincipalHeader", "true");
            web.UseSetting("Security:AccessCodeKey", "test-access-code-key-0123456789abcdef");
            web.UseSetting("Hosting:RunTriggers", "false");
            web.UseSetting("Reports:ProgressEvery", "2");
            web.ConfigureServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
                services.Replace(ServiceDescriptor.Singleton(storage));
            });
        });
        factory.CreateClient().Dispose();
        await StorageInitializer.EnsureCreatedAsync(Storage, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Gate.Released.TrySetResult();
        if (factory is not null) await factory.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
