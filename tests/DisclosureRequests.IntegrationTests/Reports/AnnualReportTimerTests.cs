using System.Net;
using System.Net.Http.Json;
using System.Text;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>The yearly timer, run through the handler both hosts run it with, and the files it leaves for administrators.</summary>
public sealed class AnnualReportTimerTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{

    [Fact]
    public async Task The_timer_stores_last_years_report_once_and_a_second_run_leaves_it_unchanged()
    {
        await RegisterAsync("2025-12-31");
        await RegisterAsync("2026-01-05");
        var timer = app.Services.GetServices<IFunctionHandler>().Single(h => h.FunctionName == FunctionCatalog.AnnualReport);

        await timer.RunAsync(FunctionInvocation.Timer(), CancellationToken.None);
        var admin = app.Client().As("admin", Roles.Administrator);
        var json = await admin.GetByteArrayAsync("/api/reports/annual/2025?format=json");
        var status = await admin.GetStringAsync("/api/reports/annual/2025/status");
        await timer.RunAsync(FunctionInvocation.Timer(), CancellationToken.None);

        Assert.Equal(json, await admin.GetByteArrayAsync("/api/reports/annual/2025?format=json"));
        Assert.Equal(status, await admin.GetStringAsync("/api/reports/annual/2025/status"));
        using var report = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(2025, report.RootElement.GetProperty("year").GetInt32());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], report.RootElement.GetProperty("received").Row());
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], report.RootElement.GetProperty("carriedForward").Row());
    }

    [Theory]
    [InlineData("json", "application/json", "{")]
    [InlineData("csv", "text/csv", "\uFEFF")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK")]
    [InlineData("md", "text/markdown", "#")]
    [InlineData("html", "text/html", "<!DOCTYPE html>")]
    public async Task Every_format_is_served_as_a_named_file_of_its_type(string format, string mediaType, string start)
    {
        var admin = app.Client().As("admin", Roles.Administrator);
        await admin.CompileAsync(2024);

        using var response = await admin.GetAsync($"/api/reports/annual/2024?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"annual-report-2024.{format}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(start, Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_administrators_compile_or_read_reports()
    {
        var officer = app.Client().As("officer-a", Roles.CaseOfficer);
        var anonymous = app.Client();

        foreach (var (client, expected) in new[] { (officer, HttpStatusCode.Forbidden), (anonymous, HttpStatusCode.Unauthorized) })
        {
            using var compile = await client.PostAsync("/api/reports/annual/2025", null);
            using var read = await client.GetAsync("/api/reports/annual/2025?format=csv");
            using var status = await client.GetAsync("/api/reports/annual/2025/status");
            Assert.Equal(expected, compile.StatusCode);
            Assert.Equal(expected, read.StatusCode);
            Assert.Equal(expected, status.StatusCode);
        }
    }

    [Theory]
    [InlineData("2017")]
    [InlineData("2027")]
    [InlineData("last")]
    public async Task A_year_outside_2018_to_this_year_is_refused_with_the_allowed_range(string year)
    {
        var admin = app.Client().As("admin", Roles.Administrator);

        using var compile = await admin.PostAsync($"/api/reports/annual/{year}", null);
        using var read = await admin.GetAsync($"/api/reports/annual/{year}");

        foreach (var response in new[] { compile, read })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.ReadJsonAsync();
            Assert.Equal("年度应为2018年至2026年之间的年份", problem.GetProperty("errors").GetProperty("year")[0].GetString());
        }
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_the_formats_there_are_and_an_uncompiled_year_is_not_found()
    {
        var admin = app.Client().As("admin", Roles.Administrator);

        using var unknown = await admin.GetAsync("/api/reports/annual/2019?format=pdf");
        using var missing = await admin.GetAsync("/api/reports/annual/2019?format=csv");
        using var missingStatus = await admin.GetAsync("/api/reports/annual/2019/status");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("文件格式应为以下之一：json、csv、xlsx、md、html",
            (await unknown.ReadJsonAsync()).GetProperty("errors").GetProperty("format")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:report-not-compiled", (await missing.ReadJsonAsync()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missingStatus.StatusCode);
    }

    [Fact]
    public async Task A_report_of_the_current_year_is_flagged_provisional()
    {
        var admin = app.Client().As("admin", Roles.Administrator);

        await admin.CompileAsync(2026);

        var status = await (await admin.GetAsync("/api/reports/annual/2026/status")).ReadJsonAsync();
        Assert.True(status.GetProperty("provisional").GetBoolean());
    }

    private async Task RegisterAsync(string receivedOn)
    {
        using var response = await app.Client().As("officer-a", Roles.CaseOfficer).PostAsJsonAsync("/api/cases", new
        {
            applicant = new { type = "natural-person", name = "王五", idNumber = "110101199003070011", address = "北京市东城区某街1号" },
            description = "某道路改造工程的环境影响评价文件",
            format = "paper",
            delivery = "post",
            channel = "registered-post",
            receivedOn,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
