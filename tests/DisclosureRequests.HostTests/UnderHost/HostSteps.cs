using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using DisclosureRequests.HostTests.Infrastructure;

namespace DisclosureRequests.HostTests.UnderHost;

/// <summary>What the tests under the host do alike: register a case at the counter, read JSON, wait for the host.</summary>
public sealed class HostSteps(WorkerUnderHost host)
{
    /// <summary>Registers, as the officer, an application received in person <paramref name="workingDaysAgo"/> working days ago; returns its id.</summary>
    public async Task<string> RegisterCaseReceivedAsync(HttpClient officer, int workingDaysAgo)
    {
        using var registered = await officer.PostAsJsonAsync("/api/cases",
            PaperApplications.ReceivedOn(PaperApplications.WorkingDaysAgo(workingDaysAgo), channel: "in-person"));
        Assert.True(HttpStatusCode.Created == registered.StatusCode, $"{registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}\n{host.LogTail()}");
        return (await JsonAsync(registered)).GetProperty("id").GetString()!;
    }

    /// <summary>The types of the case's history events, once one of them is <paramref name="type"/>; null before.</summary>
    public static async Task<string[]?> HistoryOnceItHasAsync(HttpClient officer, string caseId, string type)
    {
        var types = (await JsonAsync(await officer.GetAsync($"/api/cases/{caseId}/history"))).EnumerateArray()
            .Select(e => e.GetProperty("type").GetString()!)
            .ToArray();
        return types.Contains(type) ? types : null;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>
    /// The instance's status from the host's Durable HTTP API, which answers to the master key: 202 while the instance
    /// runs, 200 once it has ended, 404 before it exists.
    /// </summary>
    public async Task<JsonElement?> DurableInstanceAsync(string instanceId)
    {
        using var client = host.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/runtime/webhooks/durabletask/instances/{instanceId}");
        if (host.MasterKey is not null) request.Headers.Add("x-functions-key", host.MasterKey);
        using var response = await client.SendAsync(request);
        return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted ? await JsonAsync(response) : null;
    }

    /// <summary>Whether the task hub named by the TaskHubName setting holds the instance (its Instances table, one partition per instance).</summary>
    public async Task<bool> IsInTaskHubAsync(string instanceId)
    {
        var instances = new TableClient(host.StorageConnectionString, host.TaskHubName + "Instances");
        await foreach (var _ in instances.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId, select: ["RuntimeStatus"])) return true;
        return false;
    }

    /// <summary>Asks again until the answer is there: the host runs queue, orchestration and admin invocations in its own time.</summary>
    public async Task<T> EventuallyAsync<T>(Func<Task<T?>> attempt)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (true)
        {
            if (await attempt() is { } found) return found;
            Assert.True(DateTimeOffset.UtcNow < deadline, "Not done within 90 s.\n" + host.LogTail());
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
