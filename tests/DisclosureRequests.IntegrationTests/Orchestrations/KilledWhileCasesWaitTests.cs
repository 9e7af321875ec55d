using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.IntegrationTests.LoadAndCrash;
using Xunit.Abstractions;
using static DisclosureRequests.IntegrationTests.Orchestrations.StandaloneCaseOrchestrationTests;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>
/// <c>kill -9</c> of the standalone app while its case orchestrations start, fire and wait, then a restart: half of the
/// cases are overdue already (their timers fire at once), half wait on timers days ahead.
/// </summary>
public sealed class KilledWhileCasesWaitTests(ITestOutputHelper log)
{
    private const int Cases = 100;
    private static readonly string[] OverdueEvents = ["clarification-window-reminder", "reply-reminder", "overdue-escalated"];
    private static readonly string[] WaitingEvents = ["clarification-window-reminder"];

    [Fact]
    public async Task Killed_twice_while_100_cases_start_fire_and_wait_on_timers_each_timer_fires_once_and_each_letter_goes_once()
    {
        await using var azurite = await Azurite.StartAsync();
        // A letter claimed by the killed process is taken over once its claim lapses: 10 s here, not 5 minutes.
        await using var app = new AppProcess(azurite.ConnectionString, new Dictionary<string, string> { ["Mail__DeliveryLeaseSeconds"] = "10" });
        await app.StartAsync();
        using var officer = new HttpClient { BaseAddress = app.BaseAddress }.As("officer@agency.gov.cn", StaffRoles.CaseOfficer);
        var overdue = new List<string>();
        var waiting = new List<string>();

        await RegisterPairsAsync(officer, overdue, waiting, Cases / 2);
        await app.KillAsync();
        var restarted = Stopwatch.StartNew();
        await app.StartAsync();
        await RegisterPairsAsync(officer, overdue, waiting, Cases / 2);
        var allRunning = await WaitAsync(async () => await RunningAsync(azurite.ConnectionString, [.. overdue, .. waiting]) == Cases, TimeSpan.FromMinutes(3));
        log.WriteLine($"first kill: {Cases} orchestrations running {restarted.Elapsed.TotalSeconds:F0} s after the restart");
        Assert.True(allRunning, "not every case has a running orchestration");

        await app.KillAsync();
        restarted.Restart();
        await app.StartAsync();
        var settled = await WaitAsync(async () => await AllFiredAsync(officer, overdue, waiting) && await OpenOutboxItemsAsync(azurite.ConnectionString) == 0, TimeSpan.FromMinutes(3));
        log.WriteLine($"second kill: every due timer fired and every letter settled {restarted.Elapsed.TotalSeconds:F0} s after the restart");
        if (!settled)
        {
            foreach (var caseId in overdue.Concat(waiting).Take(100))
                log.WriteLine($"{caseId}: {string.Join(",", await TimerEventsAsync(officer, caseId))} {await OrchestrationStatusAsync(azurite.ConnectionString, caseId)}");
            foreach (var item in await OutboxItemsAsync(azurite.ConnectionString)) log.WriteLine(item.ToString());
            log.WriteLine(app.LogTail());
        }
        Assert.True(settled, "some timers did not fire or some letters are still pending");

        foreach (var caseId in overdue) Assert.Equal(OverdueEvents, await TimerEventsAsync(officer, caseId));
        foreach (var caseId in waiting) Assert.Equal(WaitingEvents, await TimerEventsAsync(officer, caseId));
        var (delivered, stored) = await LettersAsync(azurite.ConnectionString);
        var items = await OutboxItemsAsync(azurite.ConnectionString);
        foreach (var kind in items.GroupBy(i => (i.Kind, i.Status))) log.WriteLine($"{kind.Count()} {kind.Key.Kind} {kind.Key.Status}");
        Assert.DoesNotContain(items.GroupBy(i => (i.CaseId, i.Kind)), g => g.Count() > 1);
        Assert.Equal(delivered.Order(), stored.Order());
        Assert.Equal(Cases, await RunningAsync(azurite.ConnectionString, [.. overdue, .. waiting]));
    }

    private static async Task RegisterPairsAsync(HttpClient officer, List<string> overdue, List<string> waiting, int count)
    {
        for (var i = 0; i < count / 2; i++)
        {
            var registered = await Task.WhenAll(RegisterAsync(officer, PaperApplications.WorkingDaysAgo(25)), RegisterAsync(officer, PaperApplications.WorkingDaysAgo(10)));
            overdue.Add(registered[0]);
            waiting.Add(registered[1]);
        }
    }

    private static async Task<bool> AllFiredAsync(HttpClient officer, List<string> overdue, List<string> waiting)
    {
        foreach (var caseId in overdue) if ((await TimerEventsAsync(officer, caseId)).Length < OverdueEvents.Length) return false;
        foreach (var caseId in waiting) if ((await TimerEventsAsync(officer, caseId)).Length < WaitingEvents.Length) return false;
        return true;
    }

    private static async Task<string[]> TimerEventsAsync(HttpClient officer, string caseId) =>
        (await HistoryTypesAsync(officer, caseId)).Where(t => OverdueEvents.Contains(t)).ToArray();

    private static async Task<int> RunningAsync(string connectionString, IReadOnlyCollection<string> caseIds)
    {
        var running = 0;
        foreach (var caseId in caseIds) if (await OrchestrationStatusAsync(connectionString, caseId) == "Running") running++;
        return running;
    }

    private static async Task<List<(string CaseId, string Kind, string Status)>> OutboxItemsAsync(string connectionString)
    {
        var items = new List<(string, string, string)>();
        await foreach (var row in new TableClient(connectionString, StorageNames.CasesTable)
                           .QueryAsync<TableEntity>($"RowKey ge '{CaseStore.OutboxRowPrefix}' and RowKey lt 'outbox.'", select: ["PartitionKey", "Kind", "Status"]))
            items.Add((row.PartitionKey, row.GetString("Kind"), row.GetString("Status")));
        return items;
    }

    private static async Task<int> OpenOutboxItemsAsync(string connectionString)
    {
        var open = 0;
        await foreach (var row in new TableClient(connectionString, StorageNames.CasesTable)
                           .QueryAsync<TableEntity>($"RowKey ge '{CaseStore.OutboxRowPrefix}' and RowKey lt 'outbox.'", select: ["Status"]))
            if (row.GetString("Status") is DeliveryStatus.Pending or DeliveryStatus.Sending) open++;
        return open;
    }

    /// <summary>The messages marked delivered, and the messages the mail store holds, each named case/item.</summary>
    private static async Task<(List<string> Delivered, List<string> Stored)> LettersAsync(string connectionString)
    {
        var delivered = new List<string>();
        await foreach (var row in new TableClient(connectionString, StorageNames.CasesTable)
                           .QueryAsync<TableEntity>($"RowKey ge '{CaseStore.OutboxRowPrefix}' and RowKey lt 'outbox.'", select: ["PartitionKey", "RowKey", "Status"]))
            if (row.GetString("Status") == DeliveryStatus.Delivered) delivered.Add($"{row.PartitionKey}/{row.RowKey[CaseStore.OutboxRowPrefix.Length..]}.json");
        var stored = new List<string>();
        await foreach (var blob in new BlobServiceClient(connectionString).GetBlobContainerClient(StorageNames.MailContainer).GetBlobsAsync())
            if (blob.Name.EndsWith(".json", StringComparison.Ordinal)) stored.Add(blob.Name);
        return (delivered, stored);
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > within) return false;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return true;
    }
}
