using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app on its own Azurite, with a fake clock. Standalone triggers are off: tests run timer and queue
/// functions themselves, through the same handlers the Functions host would call.
/// </summary>
public sealed class SystemUnderTest : IAsyncLifetime, IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly bool ownsAzurite;
    private readonly WorkingDayCalendar? calendar;
    private readonly Action<IServiceCollection>? services;
    private readonly IReadOnlyDictionary<string, string>? settings;
    private Azurite? azurite;
    private WebApplicationFactory<Program>? factory;

    public SystemUnderTest() : this(null, new FakeTimeProvider(Start), null, null, null)
    {
    }

    private SystemUnderTest(
        Azurite? azurite, FakeTimeProvider time, WorkingDayCalendar? calendar, Action<IServiceCollection>? services,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings;
        this.azurite = azurite;
        ownsAzurite = azurite is null;
        Time = time;
        this.calendar = calendar;
        this.services = services;
    }

    /// <summary>
    /// Another instance of the app on an Azurite already running, with a clock and calendar of the test's choosing:
    /// a release that ships a different calendar, started over the same storage.
    /// </summary>
    public static async Task<SystemUnderTest> StartAsync(
        Azurite azurite, FakeTimeProvider time, WorkingDayCalendar? calendar = null, Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new SystemUnderTest(azurite, time, calendar, services, settings);
        await app.InitializeAsync();
        return app;
    }

    /// <summary>The app on an Azurite of its own with settings of the test's choosing (e.g. tight rate limits).</summary>
    public static async Task<SystemUnderTest> StartWithSettingsAsync(IReadOnlyDictionary<string, string> settings)
    {
        var app = new SystemUnderTest(null, new FakeTimeProvider(Start), null, null, settings);
        await app.InitializeAsync();
        return app;
    }

    public FakeTimeProvider Time { get; }
    public string ConnectionString => azurite!.ConnectionString;
    public IServiceProvider Services => factory!.Services;

    /// <summary>The in-memory server, for requests whose headers an HttpClient would not send as given (an empty value).</summary>
    public Microsoft.AspNetCore.TestHost.TestServer Server => factory!.Server;
    public StorageClients Storage => Services.GetRequiredService<StorageClients>();

    public HttpClient Client() => factory!.CreateClient();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        azurite ??= await Azurite.StartAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("AzureWebJobsStorage", azurite.ConnectionString);
            web.UseSetting("Auth:TrustClientPrincipalHeader", "true");
            web.UseSetting("Security:AccessCodeKey", "test-access-code-key-0123456789abcdef");
            web.UseSetting("Hosting:RunTriggers", "false");
            // Tests file and look up many applications from one in-process client; the limits have tests of their own.
            web.UseSetting("Throttling:FilingsPerClient", "1000000");
            web.UseSetting("Throttling:FilingsPerEmail", "1000000");
            web.UseSetting("Throttling:WrongAccessCodesPerCase", "1000000");
            web.UseSetting("Throttling:WrongAccessCodesPerClient", "1000000");
            web.UseSetting("Auth:DevelopmentSignIn", "true");
            // Tests read the acknowledgement and the letters as sent; the hold on unconfirmed addresses has tests of its own.
            web.UseSetting("Mail:ConfirmApplicantAddresses", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) web.UseSetting(key, value);
            web.ConfigureServices(collection =>
            {
                collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
                if (calendar is not null) collection.Replace(ServiceDescriptor.Singleton(calendar));
                services?.Invoke(collection);
            });
        });
        factory.CreateClient().Dispose();
        await StorageInitializer.EnsureCreatedAsync(Storage, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (ownsAzurite && azurite is not null) await azurite.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
