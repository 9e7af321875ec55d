using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DisclosureRequests.IntegrationTests.Hosting;

public sealed class OperationsTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task Health_reports_storage_reachable()
    {
        using var response = await app.Client().GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.ReadJsonAsync();
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("reachable", health.GetProperty("storage").GetProperty("tables").GetString());
    }

    [Fact]
    public async Task Health_warns_when_the_calendar_ends_within_two_months_and_names_the_missing_year()
    {
        var early = await (await app.Client().GetAsync("/api/health")).ReadJsonAsync();
        Assert.Equal("2026-12-31", early.GetProperty("calendar").GetProperty("coveredThrough").GetString());
        Assert.False(early.GetProperty("calendar").TryGetProperty("warning", out _));

        app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));
        var late = await (await app.Client().GetAsync("/api/health")).ReadJsonAsync();
        Assert.Equal(36, late.GetProperty("calendar").GetProperty("daysLeft").GetInt32());
        Assert.Contains("2027", late.GetProperty("calendar").GetProperty("warning").GetString());
        Assert.Equal("healthy", late.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_reports_unreachable_storage_with_503()
    {
        const string nowhere = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        await using var offline = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("AzureWebJobsStorage", nowhere);
            web.UseSetting("Hosting:RunTriggers", "false");
            web.UseSetting("Security:AccessCodeKey", "test-access-code-key-0123456789abcdef");
            web.UseSetting("Mail:ConfirmApplicantAddresses", "false");
        });
        using var response = await offline.CreateClient().GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unreachable", (await response.ReadJsonAsync()).GetProperty("storage").GetProperty("tables").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_route_with_who_may_call_it()
    {
        using var response = await app.Client().GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.ReadJsonAsync()).GetProperty("paths");
        foreach (var path in new[] { "/api/requests", "/api/requests/{id}", "/api/cases", "/api/cases/{id}/draft-reply", "/api/calendar/working-days", "/api/health" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
    }

    [Theory]
    [InlineData("/api/cases/{id}/draft-reply", "CaseView")]
    [InlineData("/api/cases/{id}/correspondence/{itemId}/dispatch", "CaseView")]
    [InlineData("/api/requests/{id}/withdrawal", "ApplicationView")]
    public async Task A_commands_answer_and_its_412_are_described_from_its_typed_results(string path, string view)
    {
        using var response = await app.Client().GetAsync("/api/openapi.json");
        var answers = (await response.ReadJsonAsync()).GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses");

        var ok = answers.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();
        Assert.EndsWith("/" + view, ok);
        Assert.True(answers.TryGetProperty("412", out _), $"{path} does not describe its 412");
    }
}
