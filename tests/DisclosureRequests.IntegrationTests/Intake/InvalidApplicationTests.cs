using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

public sealed class InvalidApplicationTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"applicant":{"type":"alien","name":"张三","email":"a@b.cn"},"description":"x","format":"electronic","delivery":"email"}""", "applicant.type" },
        { """{"applicant":{"type":"natural-person","name":"","email":"a@b.cn"},"description":"x","format":"electronic","delivery":"email"}""", "applicant.name" },
        { """{"applicant":{"type":"natural-person","name":"张三"},"description":"x","format":"electronic","delivery":"pickup"}""", "applicant.contact" },
        { """{"applicant":{"type":"natural-person","name":"张三","email":"a@b.cn"},"description":"  ","format":"electronic","delivery":"email"}""", "description" },
        { """{"applicant":{"type":"natural-person","name":"张三","email":"a@b.cn"},"description":"x","format":"scroll","delivery":"email"}""", "format" },
        { """{"applicant":{"type":"natural-person","name":"张三","phone":"13800000000"},"description":"x","format":"paper","delivery":"post"}""", "applicant.address" },
        { """{"applicant":{"type":"commercial-enterprise","name":"某公司","email":"a@b.cn"},"description":"x","format":"paper","delivery":"email"}""", "applicant.organizationCode" },
        { """{"applicant":""", "body" },
        { "", "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_application_gets_problem_details_naming_the_field_and_stores_nothing(string body, string field)
    {
        using var response = await app.Client().PostAsync("/api/requests", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:disclosure-requests:problem:validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Errors_are_in_Chinese_unless_the_caller_prefers_English()
    {
        var client = app.Client();
        var body = new { applicant = new { type = "natural-person", name = "张三" }, description = "x", format = "paper", delivery = "pickup" };
        using var chinese = await client.PostAsJsonAsync("/api/requests", body);
        using var englishRequest = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(body) };
        englishRequest.Headers.Add("Accept-Language", "en-GB,en;q=0.9");
        using var english = await client.SendAsync(englishRequest);

        Assert.Contains("联系方式", (await chinese.ReadJsonAsync()).GetProperty("errors").GetProperty("applicant.contact")[0].GetString());
        Assert.Contains("e-mail", (await english.ReadJsonAsync()).GetProperty("errors").GetProperty("applicant.contact")[0].GetString());
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        var cases = app.Storage.Table(StorageNames.CasesTable).QueryAsync<TableEntity>(maxPerPage: 1);
        await foreach (var _ in cases) Assert.Fail("A refused application left a row in the Cases table.");
        var numbers = app.Storage.Table(StorageNames.TrackingNumbersTable).QueryAsync<TableEntity>(maxPerPage: 1);
        await foreach (var _ in numbers) Assert.Fail("A refused application consumed a tracking number.");
    }
}
