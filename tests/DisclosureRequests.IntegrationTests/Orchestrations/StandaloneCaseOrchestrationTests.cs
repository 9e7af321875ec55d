using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.IntegrationTests.LoadAndCrash;
using DisclosureRequests.Standalone.Orchestrations;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>The standalone app as <c>./run</c> starts it, on the wall clock, its case orchestrations on the Durable Task Framework.</summary>
public sealed class StandaloneCaseOrchestrationTests
{
    private static readonly TimeSpan AMinute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_case_registered_25_working_days_after_its_receipt_is_escalated_as_overdue_by_its_orchestration_within_a_minute_of_start()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var app = new AppProcess(azurite.ConnectionString);
        var sinceStart = Stopwatch.StartNew();
        await app.StartAsync();
        using var officer = new HttpClient { BaseAddress = app.BaseAddress }.As("officer@agency.gov.cn", StaffRoles.CaseOfficer);

        var caseId = await RegisterAsync(officer, PaperApplications.WorkingDaysAgo(25));

        var history = await WaitForEventAsync(officer, caseId, "overdue-escalated", AMinute - sinceStart.Elapsed);
        Assert.True(sinceStart.Elapsed < AMinute, $"escalated {sinceStart.Elapsed.TotalSeconds:F0} s after start");
        Assert.Single(history, "overdue-escalated");
        Assert.Equal("Running", await OrchestrationStatusAsync(azurite.ConnectionString, caseId));
    }

    [Fact]
    public async Task A_command_on_a_case_whose_orchestration_waits_reaches_that_orchestration_and_its_letter_goes_out()
    {
        await using var azurite = await Azurite.StartAsync();
        await using var app = new AppProcess(azurite.ConnectionString);
        await app.StartAsync();
        using var citizen = new HttpClient { BaseAddress = app.BaseAddress };
        using var officer = new HttpClient { BaseAddress = app.BaseAddress }.As("officer@agency.gov.cn", StaffRoles.CaseOfficer);

        using var filing = FilingLoad.Filing("赵六", Guid.NewGuid().ToString());
        using var filed = await citizen.SendAsync(filing);
        var caseId = (await filed.ReadJsonAsync()).GetProperty("id").GetString()!;
        Assert.Contains("acknowledgement", await DeliveredKindsAsync(officer, caseId, "acknowledgement", AMinute));
        Assert.Equal("Running", await OrchestrationStatusAsync(azurite.ConnectionString, caseId));

        using var request = await officer.PostAsJsonAsync($"/api/cases/{caseId}/clarification-request", new { items = new[] { "请写明所需文件的名称或文号" } });
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);

        Assert.Contains("clarification-notice", await DeliveredKindsAsync(officer, caseId, "clarification-notice", AMinute));
    }

    private static async Task<string[]> DeliveredKindsAsync(HttpClient officer, string caseId, string kind, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var entries = await (await officer.GetAsync($"/api/cases/{caseId}/correspondence")).ReadJsonAsync();
            var delivered = entries.EnumerateArray()
                .Where(e => e.GetProperty("status").GetString() == "delivered")
                .Select(e => e.GetProperty("kind").GetString()!)
                .ToArray();
            if (delivered.Contains(kind) || waited.Elapsed > within) return delivered;
            await Task.Delay(250);
        }
    }

    internal static async Task<string> RegisterAsync(HttpClient officer, DateOnly receivedOn)
    {
        using var response = await officer.PostAsJsonAsync("/api/cases", PaperApplications.ReceivedOn(receivedOn));
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return json.GetProperty("id").GetString()!;
    }

    internal static async Task<string[]> WaitForEventAsync(HttpClient officer, string caseId, string type, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var history = await HistoryTypesAsync(officer, caseId);
            if (history.Contains(type) || waited.Elapsed > within) return history;
            await Task.Delay(250);
        }
    }

    internal static async Task<string[]> HistoryTypesAsync(HttpClient officer, string caseId) =>
        (await (await officer.GetAsync($"/api/cases/{caseId}/history")).ReadJsonAsync())
            .EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToArray();

    /// <summary>The runtime status the task hub's instance table holds for the case's orchestration.</summary>
    internal static async Task<string?> OrchestrationStatusAsync(string connectionString, string caseId)
    {
        var instances = new TableClient(connectionString, OrchestrationSetup.DefaultTaskHub + "Instances");
        await foreach (var row in instances.QueryAsync<TableEntity>(r => r.PartitionKey == caseId))
            return row.GetString("RuntimeStatus");
        return null;
    }
}
