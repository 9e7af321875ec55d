using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Calendar;

/// <summary>What cannot be a holiday notice is refused field by field, in Chinese, and nothing is stored.</summary>
public sealed class CalendarYearValidationTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8)));
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
    public async Task A_notice_with_impossible_dates_gets_an_error_for_each_and_changes_nothing()
    {
        var errors = await RefusedAsync(2027, Notices2027.Body(
            holidays: ["2027-01-01", "2027-01-01", "2027-02-06", "2026-10-01", "2027-05-03"],
            workdays: ["2027-05-03", "2027-04-26", "2027-04-25"]));

        Assert.Equal(["holidays[1]", "holidays[2]", "holidays[3]", "holidays[4]", "workdays[0]", "workdays[1]"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("该日期重复列出", errors["holidays[1]"]);
        Assert.StartsWith("该日为星期六或星期日，本就是休息日", errors["holidays[2]"]);
        Assert.Equal("该日期不在所发布的年度内", errors["holidays[3]"]);
        Assert.Equal("同一日期不能既是放假日又是调休上班日", errors["holidays[4]"]);
        Assert.Equal("同一日期不能既是放假日又是调休上班日", errors["workdays[0]"]);
        Assert.StartsWith("调休上班日应为星期六或星期日", errors["workdays[1]"]);
        await NothingStoredAsync();
    }

    [Fact]
    public async Task A_missing_source_an_unreadable_date_and_a_year_out_of_reach_are_refused()
    {
        var unsourced = await RefusedAsync(2027, new { holidays = new[] { "2027-01-01", "1月2日" }, workdays = Array.Empty<string>() });
        Assert.Equal("此项为必填项", unsourced["source"]);
        Assert.Equal("日期格式应为 yyyy-MM-dd", unsourced["holidays[1]"]);

        var future = await RefusedAsync(2027, Notices2027.Body(document: " ", publishedOn: "2026-12-20"));
        Assert.Equal("此项为必填项", future["source.document"]);
        Assert.Equal("通知的发布日期不能晚于今天", future["source.publishedOn"]);

        var gap = await RefusedAsync(2028, Notices2027.Body(publishedOn: "2026-11-12", holidays: ["2028-01-03"], workdays: []));
        Assert.StartsWith("只能更正日历中已有的年度", gap["year"]);

        var empty = await RefusedAsync(2027, Notices2027.Body(holidays: [], workdays: []));
        Assert.Equal("节假日安排应至少列出一个放假日期", empty["holidays"]);
        await NothingStoredAsync();
    }

    [Fact]
    public async Task Only_an_administrator_publishes_and_english_is_answered_in_english()
    {
        var agency = new Agency(app!);
        using (var officer = await agency.Officer.PutAsJsonAsync("/api/calendar/years/2027", Notices2027.Body()))
            Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/calendar/years/2027") { Content = JsonContent.Create(Notices2027.Body(holidays: ["2027-01-02"])) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await agency.Administrator.SendAsync(request);
        var problem = await english.ReadJsonAsync();
        Assert.Equal("The date is a Saturday or Sunday, already a rest day; list only holidays that fall on weekdays",
            problem.GetProperty("errors").GetProperty("holidays[0]")[0].GetString());
        await NothingStoredAsync();
    }

    private async Task<Dictionary<string, string>> RefusedAsync(int year, object body)
    {
        using var response = await new Agency(app!).Administrator.PutAsJsonAsync($"/api/calendar/years/{year}", body);
        var problem = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToString());
        Assert.Equal("提交的内容不完整或有误", problem.GetProperty("title").GetString());
        return problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
    }

    private async Task NothingStoredAsync()
    {
        var rows = 0;
        await foreach (var _ in app!.Storage.Table(StorageNames.CalendarYearsTable).QueryAsync<TableEntity>()) rows++;
        Assert.Equal(0, rows);
        using var missing = await app.Client().GetAsync("/api/calendar/years/2027");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var years = await (await app.Client().GetAsync("/api/calendar/years")).ReadJsonAsync();
        Assert.Equal(2026, years.EnumerateArray().Last().GetProperty("year").GetInt32());
        Assert.All(years.EnumerateArray(), y => Assert.Equal("built-in", y.GetProperty("origin").GetString()));
    }
}
