using System.Net.Http.Json;
using DisclosureRequests.Cases;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.Benchmarks.Orchestrations;

/// <summary>An officer registering a paper application and taking it on, as the command latency is measured on.</summary>
public static class CaseRequests
{
    private const string Officer = "officer@agency.gov.cn";

    public static HttpClient AsOfficer(this HttpClient client) => client.As(Officer, StaffRoles.CaseOfficer);

    public static async Task<string> RegisterAsync(HttpClient officer)
    {
        using var response = await officer.PostAsJsonAsync("/api/cases",
            PaperApplications.ReceivedOn(DisclosureRequests.Calendar.ChinaTime.Today(TimeProvider.System)));
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return created.GetProperty("id").GetString()!;
    }

    public static async Task AssignAsync(HttpClient officer, string caseId)
    {
        using var response = await officer.PostAsJsonAsync($"/api/cases/{caseId}/assign", new { assignee = Officer });
        response.EnsureSuccessStatusCode();
    }
}
