using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Calendar;

public sealed class WorkingDaysApiTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Theory]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-03-02", 20, "2026-03-30")]
    [InlineData("2026-03-02", 0, "2026-03-02")]
    public async Task The_nth_working_day_after_a_date_follows_the_official_calendar(string from, int add, string expected)
    {
        using var response = await app.Client().GetAsync($"/api/calendar/working-days?from={from}&add={add}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        Assert.Equal(from, answer.GetProperty("from").GetString());
        Assert.Equal(add, answer.GetProperty("add").GetInt32());
        Assert.Equal(expected, answer.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("from=2026-13-01&add=1", "from")]
    [InlineData("from=yesterday&add=1", "from")]
    [InlineData("add=1", "from")]
    [InlineData("from=2026-03-02&add=-1", "add")]
    [InlineData("from=2026-03-02&add=1000001", "add")]
    [InlineData("from=2026-03-02&add=many", "add")]
    public async Task A_bad_date_or_count_gets_problem_details_naming_the_parameter(string query, string field)
    {
        using var response = await app.Client().GetAsync($"/api/calendar/working-days?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("2017-06-01", 1)]
    [InlineData("2026-12-20", 20)]
    public async Task A_date_the_calendar_does_not_cover_is_an_error_not_a_guess(string from, int add)
    {
        using var response = await app.Client().GetAsync($"/api/calendar/working-days?from={from}&add={add}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:calendar-not-covered", (await response.ReadJsonAsync()).GetProperty("type").GetString());
    }
}
