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
