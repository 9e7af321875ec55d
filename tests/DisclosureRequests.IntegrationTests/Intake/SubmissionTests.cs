using System.Net;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

public sealed class SubmissionTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task A_filed_application_is_read_back_by_its_owner_with_its_dates()
    {
        var client = app.Client();
        var receipt = await client.FileAsync();

        Assert.Equal("received", receipt.Status);
        Assert.Equal(new DateOnly(2026, 3, 2), receipt.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 3, 30), receipt.ReplyDueOn);
        Assert.Matches(@"^2026-\d{6}$", receipt.TrackingNumber);
        Assert.Equal(20, receipt.AccessCode.Length);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.ReadJsonAsync();
        Assert.Equal(receipt.TrackingNumber, view.GetProperty("trackingNumber").GetString());
        Assert.Equal("2026-03-30", view.GetProperty("replyDueOn").GetString());
        Assert.Equal(20, view.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("张三", view.GetProperty("applicantName").GetString());
    }

    [Fact]
    public async Task The_access_code_is_stored_only_as_a_hash()
    {
        var receipt = await app.Client().FileAsync();
        var row = await app.Storage.Table(StorageNames.CasesTable).GetEntityAsync<TableEntity>(receipt.Id, CaseStore.StateRow(receipt.Id));
        Assert.DoesNotContain(receipt.AccessCode, row.Value.GetString("State"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("WRONGWRONGWRONGWRONG")]
    public async Task A_wrong_or_missing_access_code_gets_the_same_answer_as_an_unknown_id(string? code)
    {
        var client = app.Client();
        var receipt = await client.FileAsync();

        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        if (code is not null) wrong.Headers.Add("X-Access-Code", code);
        using var wrongResponse = await client.SendAsync(wrong);
        using var unknownResponse = await client.GetAsync($"/api/requests/{new string('0', 32)}");

        Assert.Equal(HttpStatusCode.NotFound, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownResponse.StatusCode);
        var wrongProblem = await wrongResponse.ReadJsonAsync();
        var unknownProblem = await unknownResponse.ReadJsonAsync();
        foreach (var field in new[] { "type", "title", "status" })
            Assert.Equal(unknownProblem.GetProperty(field).ToString(), wrongProblem.GetProperty(field).ToString());
        Assert.Equal("application/problem+json", wrongResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_applicants_code_does_not_open_an_application()
    {
        var client = app.Client();
        var mine = await client.FileAsync();
        var theirs = await client.FileAsync(Applications.Valid(name: "李四"));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{mine.Id}");
        request.Headers.Add("X-Access-Code", theirs.AccessCode);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_officer_reads_any_application_without_a_code()
    {
        var receipt = await app.Client().FileAsync();
        using var response = await app.Client().As("officer-1", "CaseOfficer").GetAsync($"/api/requests/{receipt.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_client_principal_header_is_ignored_unless_trusted_by_configuration()
    {
        // Trust is switched on for this fixture, so forge a header with a garbage payload: it must be refused (401), not trusted.
        var receipt = await app.Client().FileAsync();
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", "not-base64!");
        using var response = await client.GetAsync($"/api/requests/{receipt.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
