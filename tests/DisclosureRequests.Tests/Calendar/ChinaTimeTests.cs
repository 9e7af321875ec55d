using DisclosureRequests.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.Tests.Calendar;

public class ChinaTimeTests
{
    [Fact]
    public void Today_is_the_date_in_Beijing_not_in_UTC()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 15, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 3, 3), ChinaTime.Today(time));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2025, 3, 4), ChinaTime.Today(time));
    }

    [Fact]
    public void The_date_of_an_instant_does_not_depend_on_the_offset_it_was_written_with()
    {
        var inNewYork = new DateTimeOffset(2025, 3, 3, 12, 30, 0, TimeSpan.FromHours(-5));

        Assert.Equal(new DateOnly(2025, 3, 4), ChinaTime.DateOf(inNewYork));
    }

    [Fact]
    public void The_zone_is_UTC_plus_8_all_year()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2025, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Zone.GetUtcOffset(new DateTime(2025, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }
}
