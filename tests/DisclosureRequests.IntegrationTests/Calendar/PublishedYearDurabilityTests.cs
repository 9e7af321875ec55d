using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Calendar;

/// <summary>
/// A published year is the agency's record: another instance learns of it within seconds, a restart loads it, and
/// a release that ships the same year with other dates does not overwrite it but reports where they differ.
/// </summary>
public sealed class PublishedYearDurabilityTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly FakeTimeProvider otherTime = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)));
    private Azurite? azurite;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_published_year_reaches_other_instances_survives_a_restart_and_stays_in_force_over_a_release_that_differs()
    {
        await using (var first = await SystemUnderTest.StartAsync(azurite!, time, Notices2027.BuiltIn(2026)))
        await using (var second = await SystemUnderTest.StartAsync(azurite!, otherTime, Notices2027.BuiltIn(2026)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await second.Client().GetAsync(WorkingDays)).StatusCode);
            using (var published = await new Agency(first).Administrator.PutAsJsonAsync("/api/calendar/years/2027", Notices2027.Body()))
                Assert.Equal(HttpStatusCode.OK, published.StatusCode);
            Assert.Equal("2027-01-08", await DateAsync(first));

            otherTime.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal("2027-01-08", await DateAsync(second));
        }

        await using (var restarted = await SystemUnderTest.StartAsync(azurite!, time, Notices2027.BuiltIn(2026)))
        {
            Assert.Equal("2027-01-08", await DateAsync(restarted));
            var year = await (await restarted.Client().GetAsync("/api/calendar/years/2027")).ReadJsonAsync();
            Assert.Equal("published", year.GetProperty("origin").GetString());
            Assert.False(year.GetProperty("builtIn").GetBoolean());
            Assert.Equal("国办发明电〔2026〕9号", year.GetProperty("source").GetProperty("document").GetString());
            Assert.Equal(Agency.AdministratorName, year.GetProperty("publishedBy").GetString());
            Assert.Single(year.GetProperty("versions").EnumerateArray());
            Assert.Equal(Notices2027.Holidays, year.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        }

        // The release's 2027 rows forget 1 January and add 4 January: the published notice stays in force.
        var release = Notices2027.BuiltIn(2026, Notices2027.Holidays.Skip(1).Append("2027-01-04"), Notices2027.Workdays);
        await using var upgraded = await SystemUnderTest.StartAsync(azurite!, time, release);
        Assert.Equal("2027-01-08", await DateAsync(upgraded));
        var differing = await (await upgraded.Client().GetAsync("/api/calendar/years/2027")).ReadJsonAsync();
        Assert.Equal("published", differing.GetProperty("origin").GetString());
        Assert.True(differing.GetProperty("builtIn").GetBoolean());
        Assert.Equal(["2027-01-01", "2027-01-04"], differing.GetProperty("differsFromBuiltIn").EnumerateArray().Select(d => d.GetString()));
        var listed = (await (await upgraded.Client().GetAsync("/api/calendar/years")).ReadJsonAsync()).EnumerateArray().Last();
        Assert.Equal(2027, listed.GetProperty("year").GetInt32());
        Assert.Equal("published", listed.GetProperty("origin").GetString());
        var health = await (await upgraded.Client().GetAsync("/api/health")).ReadJsonAsync();
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("2027-01-01、2027-01-04", health.GetProperty("calendar").GetProperty("warning").GetString());
    }

    // 20 working days after 10 December 2026: 15 in December, then 1 January is a holiday in the published notice.
    private const string WorkingDays = "/api/calendar/working-days?from=2026-12-10&add=20";

    private static async Task<string?> DateAsync(SystemUnderTest app)
    {
        using var response = await app.Client().GetAsync(WorkingDays);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        return json.GetProperty("date").GetString();
    }
}
