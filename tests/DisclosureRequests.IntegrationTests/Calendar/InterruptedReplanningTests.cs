using DisclosureRequests.Core.Calendar;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Calendar;

/// <summary>
/// A publication is stored before the open cases are re-planned; if the instance stops in between, the next deadline
/// sweep, on any instance, finishes the re-planning once.
/// </summary>
public sealed class InterruptedReplanningTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(8)));
    private Azurite? azurite;
    private SystemUnderTest? app;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        app = await SystemUnderTest.StartAsync(azurite, time, Notices2027.BuiltIn(2026));
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task The_sweep_replans_the_cases_of_a_year_stored_by_an_instance_that_stopped_before_replanning_them()
    {
        var agency = new Agency(app!);
        var waiting = await agency.FileAndAssignAsync();
        var store = app!.Get<CalendarYearStore>();
        var snapshot = await store.LoadAsync(CancellationToken.None);
        var version = new PublishedYear(2027, 1,
            Notices2027.Holidays.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToArray(),
            Notices2027.Workdays.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToArray(),
            new NoticeSource("国办发明电〔2026〕9号", new DateOnly(2026, 11, 12)), Agency.AdministratorName, time.GetUtcNow());
        Assert.True(await store.TryAppendAsync(snapshot.Revision, version, CancellationToken.None));

        var sweep = await agency.AtAsync(new DateOnly(2026, 12, 10), hour: 10);

        Assert.Equal(1, sweep.CasesRearmed);
        Assert.Equal("2027-01-08", (await agency.CaseAsync(waiting.Id)).GetProperty("replyDueOn").GetString());
        var recounted = Assert.Single(await agency.HistoryAsync(waiting.Id), e => e.GetProperty("type").GetString() == "reply-period-recounted");
        Assert.Equal(Agency.AdministratorName, recounted.GetProperty("actor").GetString());
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await agency.SweepAsync()).CasesRearmed);
        Assert.Single(await agency.HistoryAsync(waiting.Id), e => e.GetProperty("type").GetString() == "reply-period-recounted");
    }
}
