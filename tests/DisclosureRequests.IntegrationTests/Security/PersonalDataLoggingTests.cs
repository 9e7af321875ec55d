using System.Collections.Concurrent;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Security;

/// <summary>
/// Logs go to operators and to Application Insights, not to the people entitled to an applicant's data: nothing
/// the applicant wrote about themselves or the information they seek may appear in them, at any level.
/// </summary>
public sealed class PersonalDataLoggingTests : IAsyncLifetime
{
    private const string Name = "欧阳青岚";
    private const string IdNumber = "440305198804123513";
    private const string Email = "ouyang.qinglan@mail.example.cn";
    private const string Phone = "13912345678";
    private const string Address = "深圳市南山区科苑路88号";
    private const string Description = "关于青岚湖湿地保护区2024年度生态补偿资金的分配明细";
    private const string Clarification = "补充：需要的是第三季度的拨付文件";

    private readonly CapturedLogs logs = new();
    private Azurite? azurite;
    private SystemUnderTest? app;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        app = await SystemUnderTest.StartAsync(azurite, new FakeTimeProvider(SystemUnderTest.Start), services: services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_case_from_filing_to_reply_logs_nothing_the_applicant_wrote()
    {
        var agency = new Agency(app!);
        var receipt = await agency.FileAndAssignAsync(new
        {
            applicant = new { type = "natural-person", name = Name, idNumber = IdNumber, email = Email, phone = Phone, address = Address },
            description = Description,
            format = "paper",
            delivery = "post",
        });
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请说明所需文件的季度" } });
        await agency.ApplicantAsync(receipt, "clarification", new { answer = Clarification });
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "disclosed", summary = "现将拨付文件提供给您。" });
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });
        await app!.Get<OutboxDelivery>().DeliverPendingAsync(receipt.Id, CancellationToken.None);
        await agency.AtAsync(new DateOnly(2026, 3, 9), hour: 9);

        using (var search = await agency.Officer.GetAsync($"/api/cases?q={Uri.EscapeDataString(Name)}"))
            Assert.Equal(System.Net.HttpStatusCode.OK, search.StatusCode);

        // The case is logged by its opaque id, which proves the app's own lines were captured too.
        Assert.Contains(logs.Lines, line => line.Contains(receipt.Id));
        foreach (var secret in new[] { Name, Uri.EscapeDataString(Name), IdNumber, Email, Phone, Address, Description, Clarification, receipt.AccessCode })
            Assert.DoesNotContain(logs.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
