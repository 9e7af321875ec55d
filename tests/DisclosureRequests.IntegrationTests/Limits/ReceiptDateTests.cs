using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Cases;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class ReceiptDateTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static object Registered(string receivedOn) => new
    {
        applicant = new { type = "natural-person", name = "王五", address = "北京市东城区某街1号" },
        description = "2025年本市道路养护工程的招标文件",
        format = "paper",
        delivery = "post",
        channel = "registered-post",
        receivedOn,
    };

    [Theory]
    [InlineData("2017-12-29", "收到日期早于")]
    [InlineData("0001-01-01", "收到日期早于")]
    [InlineData("2026-03-03", "收到日期不能晚于今天")]
    [InlineData("9999-12-31", "收到日期不能晚于今天")]
    public async Task A_receipt_date_before_the_calendars_first_year_or_after_today_is_a_field_error(string receivedOn, string message)
    {
        var before = await StoredRows.SnapshotAsync(app);
        var officer = app.Client().As(Agency.OfficerName, StaffRoles.CaseOfficer);

        using var response = await officer.PostAsJsonAsync("/api/cases", Registered(receivedOn));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ReadJsonAsync()).GetProperty("errors").GetProperty("receivedOn")[0].GetString());
        Assert.Equal(before, await StoredRows.SnapshotAsync(app));
    }

    [Fact]
    public async Task A_receipt_date_of_today_in_China_is_accepted()
    {
        var officer = app.Client().As(Agency.OfficerName, StaffRoles.CaseOfficer);

        using var response = await officer.PostAsJsonAsync("/api/cases", Registered("2026-03-02"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
