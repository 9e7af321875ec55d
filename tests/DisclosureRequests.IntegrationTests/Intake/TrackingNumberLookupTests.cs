using System.Net;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Intake;

/// <summary>The applicant follows the application by the tracking number they were given, proving it with the access code.</summary>
public sealed class TrackingNumberLookupTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task An_applicant_finds_their_application_by_tracking_number_and_access_code()
    {
        var receipt = await agency.FileAsync();

        using var byNumber = await LookUpAsync(receipt.TrackingNumber, receipt.AccessCode);
        using var byId = await GetAsync($"/api/requests/{receipt.Id}", receipt.AccessCode);

        Assert.Equal(HttpStatusCode.OK, byNumber.StatusCode);
        Assert.Equal("no-store", byNumber.Headers.CacheControl?.ToString());
        var view = await byNumber.ReadJsonAsync();
        Assert.Equal(receipt.Id, view.GetProperty("id").GetString());
        Assert.Equal(receipt.TrackingNumber, view.GetProperty("trackingNumber").GetString());
        Assert.Equal((await byId.ReadJsonAsync()).ToString(), view.ToString());
    }

    [Fact]
    public async Task An_unknown_number_a_wrong_code_and_a_malformed_number_get_the_same_answer()
    {
        var receipt = await agency.FileAsync();
        var other = await agency.FileAsync(Applications.Valid(name: "王五"));

        var answers = new List<(HttpStatusCode Status, string? Type, string Body)>();
        foreach (var (number, code) in new[]
                 {
                     ("2026-999999", receipt.AccessCode),
                     (receipt.TrackingNumber, "00000000000000000000"),
                     (receipt.TrackingNumber, other.AccessCode),
                     (receipt.TrackingNumber, ""),
                     ("not-a-number", receipt.AccessCode),
                 })
        {
            using var response = await LookUpAsync(number, code);
            var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            problem.Remove("traceId"); // differs per request by design
            answers.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType, problem.ToJsonString()));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.Single(answers.Distinct());
        Assert.Equal("application/problem+json", answers[0].Type);
        Assert.Contains("urn:disclosure-requests:problem:not-found", answers[0].Body);
    }

    [Fact]
    public async Task A_number_recorded_for_a_case_that_does_not_carry_it_leads_nowhere()
    {
        var receipt = await agency.FileAsync();
        var numbers = app.Storage.Table(StorageNames.TrackingNumbersTable);
        // As a retry that lost its race to file the same application leaves behind: its number names the winner's case.
        await numbers.AddEntityAsync(new TableEntity(TrackingNumbers.Partition, "2026-555555") { ["CaseId"] = receipt.Id });
        await numbers.AddEntityAsync(new TableEntity(TrackingNumbers.Partition, "2026-555556") { ["CaseId"] = CaseIds.New() });

        using var stray = await LookUpAsync("2026-555555", receipt.AccessCode);
        using var orphan = await LookUpAsync("2026-555556", receipt.AccessCode);

        Assert.Equal(HttpStatusCode.NotFound, stray.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, orphan.StatusCode);
    }

    [Fact]
    public async Task Staff_find_any_application_by_its_tracking_number()
    {
        var receipt = await agency.FileAsync();

        using var response = await agency.Officer.GetAsync($"/api/requests/by-tracking-number/{receipt.TrackingNumber}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_applicant_sees_what_the_agency_asked_to_clarify_and_by_when()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请明确所需信息的文号或名称" } });

        using var response = await LookUpAsync(receipt.TrackingNumber, receipt.AccessCode);

        var view = await response.ReadJsonAsync();
        Assert.Equal("awaiting-clarification", view.GetProperty("status").GetString());
        var clarification = view.GetProperty("clarification");
        Assert.Equal("请明确所需信息的文号或名称", clarification.GetProperty("items")[0].GetString());
        Assert.Equal("2026-03-23", clarification.GetProperty("replyBy").GetString());
        Assert.False(clarification.TryGetProperty("requestedBy", out _));
    }

    private Task<HttpResponseMessage> LookUpAsync(string trackingNumber, string accessCode) =>
        GetAsync($"/api/requests/by-tracking-number/{Uri.EscapeDataString(trackingNumber)}", accessCode);

    private async Task<HttpResponseMessage> GetAsync(string path, string accessCode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessCode.Length > 0) request.Headers.Add("X-Access-Code", accessCode);
        return await agency.Public.SendAsync(request);
    }
}
