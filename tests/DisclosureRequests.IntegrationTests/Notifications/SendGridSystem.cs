using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>The app on its own Azurite with a SendGrid key, sending to a fake SendGrid (WireMock) on loopback.</summary>
public sealed class SendGridSystem : IAsyncLifetime
{
    public const string ApiKey = "SG.test-key";
    public const string MailPath = "/v3/mail/send";

    private Azurite? azurite;
    private WebApplicationFactory<Program>? factory;

    public FakeTimeProvider Time { get; } = new(SystemUnderTest.Start);
    public WireMockServer SendGrid { get; } = WireMockServer.Start();
    public IServiceProvider Services => factory!.Services;
    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    public HttpClient Client() => factory!.CreateClient();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>From now on SendGrid answers every message with <paramref name="status"/>.</summary>
    public void Answers(int status, TimeSpan? delay = null, string? retryAfter = null)
    {
        SendGrid.ResetMappings();
        var response = Response.Create().WithStatusCode(status);
        if (status == 202) response = response.WithHeader("X-Message-Id", "sg-" + Guid.NewGuid().ToString("N"));
        if (retryAfter is not null) response = response.WithHeader("Retry-After", retryAfter);
        if (delay is not null) response = response.WithDelay(delay.Value);
        SendGrid.Given(Request.Create().WithPath(MailPath).UsingPost()).RespondWith(response);
    }

    /// <summary>The messages SendGrid accepted, as sent.</summary>
    public IReadOnlyList<JsonNode> Accepted() =>
        SendGrid.LogEntries
            .Where(e => e.RequestMessage?.Path == MailPath && e.ResponseMessage?.StatusCode?.ToString() == "202")
            .Select(e => JsonNode.Parse(e.RequestMessage!.Body!)!)
            .ToList();

    public int Requests => SendGrid.LogEntries.Count(e => e.RequestMessage?.Path == MailPath);

    /// <summary>A loopback port with nothing listening: connecting to it is refused.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task InitializeAsync()
    {
        Answers(202);
        azurite = await Azurite.StartAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("AzureWebJobsStorage", azurite.ConnectionString);
            web.UseSetting("Auth:TrustClientPrincipalHeader", "true");
            web.UseSetting("Security:AccessCodeKey", "test-access-code-key-0123456789abcdef");
            web.UseSetting("Mail:ConfirmApplicantAddresses", "false");
            web.UseSetting("Hosting:RunTriggers", "false");
            web.UseSetting("SendGrid:ApiKey", ApiKey);
            web.UseSetting("SendGrid:Host", SendGrid.Url!);
            web.UseSetting("SendGrid:TimeoutSeconds", "1");
            web.UseSetting("Mail:From", "gongkai@agency.example.cn");
            web.UseSetting("Mail:FromName", "某市交通运输局");
            web.UseSetting("Agency:Name", "某市交通运输局");
            web.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
        });
        factory.CreateClient().Dispose();
        await StorageInitializer.EnsureCreatedAsync(Storage, CancellationToken.None);
        await WarmUpAsync();
        // Reminders and escalations go to the holders of a role as the staff directory lists them.
        var staff = Get<DisclosureRequests.Core.Staff.StaffDirectory>();
        await staff.SaveAsync("head@agency.example.cn", new(null, "head@agency.example.cn", ["Approver"], true), CancellationToken.None);
        await staff.SaveAsync("officers@agency.example.cn", new(null, "officers@agency.example.cn", ["CaseOfficer"], true), CancellationToken.None);
    }

    // The first message through the app's SendGrid client and the fake's request matching is compiled on first use;
    // on a loaded machine that alone can pass the 1-second timeout the fault tests rely on. One warm-up message,
    // then a clean log, so every test sees only its own traffic.
    private async Task WarmUpAsync()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var warmUp = new OutgoingMail("warm-up", Guid.NewGuid().ToString("N"), "warm-up", "gongkai@agency.example.cn", "某市交通运输局",
                ["warm-up@agency.example.cn"], "warm-up", "warm-up", "<p>warm-up</p>");
            if (await Get<IMailTransport>().SendAsync(warmUp, CancellationToken.None) is SendOutcome.Sent) break;
        }
        SendGrid.ResetLogEntries();
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
        SendGrid.Stop();
        SendGrid.Dispose();
    }
}
