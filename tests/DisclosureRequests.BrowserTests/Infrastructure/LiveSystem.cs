using System.Net;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.BrowserTests.Infrastructure;

/// <summary>
/// The whole app served by Kestrel on a free loopback port, as a browser needs it, on its own Azurite and with a fake
/// clock. Timers and queues are not run in-process: tests deliver letters themselves, as the outbox function would.
/// </summary>
public sealed class LiveSystem : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly Azurite azurite;
    private readonly WebApplicationFactory<Program> factory;

    private LiveSystem(Azurite azurite, WebApplicationFactory<Program> factory, FakeTimeProvider time, Uri address)
    {
        this.azurite = azurite;
        this.factory = factory;
        Time = time;
        Address = address;
    }

    public Uri Address { get; }
    public FakeTimeProvider Time { get; }

    public static async Task<LiveSystem> StartAsync()
    {
        var azurite = await Azurite.StartAsync();
        var time = new FakeTimeProvider(Start);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("AzureWebJobsStorage", azurite.ConnectionString);
            web.UseSetting("Auth:TrustClientPrincipalHeader", "true");
            web.UseSetting("Security:AccessCodeKey", "test-access-code-key-0123456789abcdef");
            web.UseSetting("Auth:DevelopmentSignIn", "true");
            web.UseSetting("Agency:Name", "某市人民政府办公室");
            // The pages' tests file many applications from one loopback client; the limits have tests of their own.
            web.UseSetting("Throttling:FilingsPerClient", "1000000");
            web.UseSetting("Throttling:FilingsPerEmail", "1000000");
            web.UseSetting("Hosting:RunTriggers", "false");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        await StorageInitializer.EnsureCreatedAsync(factory.Services.GetRequiredService<StorageClients>(), CancellationToken.None);
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveSystem(azurite, factory, time, new Uri(address));
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    public HttpClient Officer() => Client().As("officer@agency.gov.cn", "CaseOfficer");

    /// <summary>Sends what the case's outbox holds, as the outbox function would once the queue message arrives.</summary>
    public Task DeliverLettersAsync(string caseId) =>
        factory.Services.GetRequiredService<OutboxDelivery>().DeliverPendingAsync(caseId, CancellationToken.None);

    /// <summary>The code the applicant finds in the mail sent to the address they gave.</summary>
    public string EmailConfirmationCode(string caseId, string email) =>
        factory.Services.GetRequiredService<DisclosureRequests.Core.Security.EmailConfirmationCodes>().For(caseId, email);

    /// <summary>The text of every mail sent for the case, as the applicant's mailbox would hold them.</summary>
    public async Task<IReadOnlyList<string>> MailTextsAsync(string caseId)
    {
        var container = factory.Services.GetRequiredService<StorageClients>().Container(StorageNames.MailContainer);
        var texts = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, caseId + "/", CancellationToken.None))
        {
            if (!blob.Name.EndsWith(".json", StringComparison.Ordinal)) continue;
            var mail = System.Text.Json.JsonDocument.Parse((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
            texts.Add(mail.RootElement.GetProperty("text").GetString()!);
        }
        return texts;
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
