using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Standalone.Orchestrations;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>Reads the storage directly after the load and checks the record against what the clients were told.</summary>
public sealed class LoadAndCrashChecks(string connectionString, TextWriter output)
{
    private readonly TableServiceClient tables = new(connectionString);
    private readonly BlobServiceClient blobs = new(connectionString);

    private TableClient Cases => tables.GetTableClient(StorageNames.CasesTable);

    /// <summary>
    /// Waits until every application received has its case and no outbox item is pending or being sent; false if none of
    /// that work got done for <paramref name="within"/>. A large burst takes the storage long to work off, and that is
    /// not a loss; work that stops is.
    /// </summary>
    public async Task<bool> AwaitDeliveryAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var sinceProgress = Stopwatch.StartNew();
        var fewest = int.MaxValue;
        while (true)
        {
            var open = await PendingApplicationsAsync() + (await OutboxRowsAsync()).Count(r => r.GetString("Status") is DeliveryStatus.Pending or DeliveryStatus.Sending);
            if (open == 0)
            {
                output.WriteLine($"delivery settled {clock.Elapsed.TotalSeconds:F0} s after the load");
                return true;
            }
            if (open < fewest)
            {
                fewest = open;
                sinceProgress.Restart();
            }
            else if (sinceProgress.Elapsed > within)
            {
                output.WriteLine($"{open:N0} cases to write or letters to deliver, none of them done for {within.TotalSeconds:F0} s");
                return false;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>
    /// Waits until the task hub's queues have held nothing ready to run for three looks a second apart: the episodes
    /// and steps the load set off have run (a durable timer waits invisible in its queue, and does not count).
    /// </summary>
    public async Task<bool> AwaitTaskHubIdleAsync(TimeSpan within)
    {
        var queues = new QueueServiceClient(connectionString);
        var clock = Stopwatch.StartNew();
        var quietLooks = 0;
        while (quietLooks < 3)
        {
            if (clock.Elapsed > within) return false;
            var ready = 0;
            await foreach (var queue in queues.GetQueuesAsync(prefix: OrchestrationSetup.DefaultTaskHub.ToLowerInvariant() + "-"))
                ready += (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(1)).Value.Length;
            quietLooks = ready == 0 ? quietLooks + 1 : 0;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        output.WriteLine($"task hub idle {clock.Elapsed.TotalSeconds:F0} s after that");
        return true;
    }

    public async Task<RecordFindings> VerifyAsync(IReadOnlyList<SubmissionReceipt> receipts, System.Collections.Concurrent.ConcurrentQueue<string> problems)
    {
        var cases = new Dictionary<string, string>();
        await foreach (var row in Cases.QueryAsync<TableEntity>($"RowKey ge '{CaseStore.LegacyStateRow}' and RowKey lt '{CaseStore.StateRowsEnd}'", select: ["PartitionKey", "TrackingNumber"]))
            cases[row.PartitionKey] = row.GetString("TrackingNumber");

        foreach (var twice in receipts.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            problems.Enqueue($"case {twice.Key} was answered 201 {twice.Count()} times");
        foreach (var receipt in receipts)
        {
            if (!cases.TryGetValue(receipt.Id, out var number)) problems.Enqueue($"{receipt.TrackingNumber} was answered 201 but its case is not stored");
            else if (number != receipt.TrackingNumber) problems.Enqueue($"{receipt.TrackingNumber} was answered 201 but its case carries {number}");
        }
        var answered = receipts.Select(r => r.Id).ToHashSet();
        foreach (var unanswered in cases.Keys.Where(id => !answered.Contains(id)))
            problems.Enqueue($"case {unanswered} ({cases[unanswered]}) is stored but no client was answered 201 for it");

        var duplicates = cases.Values.GroupBy(n => n).Where(g => g.Count() > 1).ToList();
        foreach (var duplicate in duplicates) problems.Enqueue($"tracking number {duplicate.Key} is carried by {duplicate.Count()} cases");
        var gaps = 0;
        foreach (var year in cases.Values.GroupBy(n => n[..4]))
        {
            var numbers = year.Select(n => int.Parse(n[5..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            gaps += numbers.Max() - numbers.Distinct().Count();
        }
        var numberRows = tables.GetTableClient(StorageNames.TrackingNumbersTable);
        foreach (var (caseId, number) in cases)
        {
            var row = await numberRows.GetEntityIfExistsAsync<TableEntity>(TrackingNumbers.Partition, number);
            if (!row.HasValue || row.Value!.GetString("CaseId") != caseId) problems.Enqueue($"{number} does not lead to its case");
        }

        if (await PendingApplicationsAsync() is > 0 and var pending) problems.Enqueue($"{pending} applications received are still without their case");
        var outbox = await OutboxRowsAsync();
        foreach (var row in outbox.Where(r => r.GetString("Status") is not (DeliveryStatus.Delivered or DeliveryStatus.ToPost)))
            problems.Enqueue($"outbox item {row.RowKey} of {cases.GetValueOrDefault(row.PartitionKey)} is {row.GetString("Status")}");
        var delivered = outbox.Where(r => r.GetString("Status") == DeliveryStatus.Delivered)
            .Select(r => $"{r.PartitionKey}/{r.RowKey[CaseStore.OutboxRowPrefix.Length..]}.json").ToHashSet();
        var stored = new List<string>();
        await foreach (var blob in blobs.GetBlobContainerClient(StorageNames.MailContainer).GetBlobsAsync())
            if (blob.Name.EndsWith(".json", StringComparison.Ordinal)) stored.Add(blob.Name);
        foreach (var missing in delivered.Except(stored)) problems.Enqueue($"{missing} is marked delivered but no message was stored");
        foreach (var stray in stored.Except(delivered)) problems.Enqueue($"{stray} was stored but its item is not marked delivered");
        var letters = 0;
        await foreach (var blob in blobs.GetBlobContainerClient(StorageNames.LettersContainer).GetBlobsAsync())
            if (blob.Name.EndsWith(".html", StringComparison.Ordinal)) letters++;

        return new RecordFindings(cases.Count, duplicates.Count, gaps, delivered.Count, stored.Count, letters);
    }

    public async Task<int> PendingApplicationsAsync()
    {
        var count = 0;
        await foreach (var _ in new PendingApplications(new StorageClients(tables, blobs, new QueueServiceClient(connectionString))).AllAsync(CancellationToken.None)) count++;
        return count;
    }

    private async Task<List<TableEntity>> OutboxRowsAsync()
    {
        var rows = new List<TableEntity>();
        var filter = $"RowKey ge '{CaseStore.OutboxRowPrefix}' and RowKey lt 'outbox.'";
        await foreach (var row in Cases.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Status"])) rows.Add(row);
        return rows;
    }
}
