using Azure;
using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Two small cross-case tables beside the outbox rows. <c>OutboxRetries</c> holds one row per case with something still
/// to send and the time to look again, so the sweep finds retries without scanning cases; an entry is written before
/// the work it guards and removed after, so a crash leaves at worst a stale entry (a harmless look), never a lost item.
/// <c>ParkedMessages</c> lists what gave up, for administrators. <c>PrintQueue</c> lists paper letters to print and,
/// once posted, those whose return receipt is still to be recorded.
/// </summary>
public sealed class DeliveryIndex(StorageClients storage, PartitionBatches batches)
{
    private const string RetryPartition = "retry";
    private const string ParkedPartition = "parked";
    private const string PrintPartition = "to-post";
    private const string ReceiptPartition = "awaiting-receipt";

    private TableClient Retries => storage.Table(StorageNames.OutboxRetriesTable);
    private TableClient ParkedTable => storage.Table(StorageNames.ParkedMessagesTable);
    private TableClient PrintTable => storage.Table(StorageNames.PrintQueueTable);

    /// <summary>
    /// Asks for a look at the case no later than <paramref name="at"/>, keeping an earlier request if there is one. The
    /// entry is written even then: a pass over the case that marked it before this request must not settle it away.
    /// </summary>
    public async Task LookNoLaterThanAsync(string caseId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (true)
        {
            var existing = await Retries.GetEntityIfExistsAsync<TableEntity>(RetryPartition, caseId, cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue)
                {
                    await Retries.AddEntityAsync(Entry(caseId, at), cancellationToken);
                    return;
                }
                var lookAt = existing.Value!.GetDateTimeOffset("LookAt") is { } earlier && earlier <= at ? earlier : at;
                await Retries.UpdateEntityAsync(Entry(caseId, lookAt), existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
            {
                // Another pass or request changed the entry meanwhile: decide again on what it holds now.
            }
        }
    }

    /// <summary>
    /// A case that has never had an entry (a new one) gets it in a transaction shared with the other new cases of the
    /// moment; an entry already there makes the whole shared transaction fail, and each case then takes the careful path.
    /// </summary>
    public async Task FirstLookAsync(string caseId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await batches.SubmitAsync(StorageNames.OutboxRetriesTable, [new TableTransactionAction(TableTransactionActionType.Add, Entry(caseId, at))], cancellationToken);
        }
        catch (RequestFailedException)
        {
            await LookNoLaterThanAsync(caseId, at, cancellationToken);
        }
    }

    /// <summary>Marks the case as being worked on until <paramref name="leaseUntil"/>; the answer guards <see cref="SettleAsync"/>.</summary>
    public async Task<ETag> MarkAsync(string caseId, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        (await Retries.UpsertEntityAsync(Entry(caseId, leaseUntil), TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? ETag.All;

    /// <summary>
    /// After a pass over the case: remove the entry when nothing is left to send, or move it to the next retry. If someone
    /// asked for a look meanwhile (the ETag moved), that request stands, brought forward if the next retry is sooner.
    /// </summary>
    public async Task SettleAsync(string caseId, ETag mark, DateTimeOffset? nextLook, CancellationToken cancellationToken)
    {
        try
        {
            if (nextLook is null) await Retries.DeleteEntityAsync(RetryPartition, caseId, mark, cancellationToken);
            else await Retries.UpdateEntityAsync(Entry(caseId, nextLook.Value), mark, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            if (nextLook is { } at) await LookNoLaterThanAsync(caseId, at, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var due = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RetryPartition} and LookAt le {now}");
        await foreach (var row in Retries.QueryAsync<TableEntity>(filter, maxPerPage: max, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            due.Add(row.RowKey);
            if (due.Count >= max) break;
        }
        return due;
    }

    /// <summary>Removes the case's entry, whatever it holds: its outbox is now looked after elsewhere.</summary>
    public async Task ForgetAsync(string caseId, CancellationToken cancellationToken)
    {
        try
        {
            await Retries.DeleteEntityAsync(RetryPartition, caseId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    public async Task ParkAsync(ParkedMessage message, CancellationToken cancellationToken) =>
        await ParkedTable.UpsertEntityAsync(new TableEntity(ParkedPartition, Key(message.CaseId, message.ItemId))
        {
            ["CaseId"] = message.CaseId,
            ["ItemId"] = message.ItemId,
            ["Kind"] = message.Kind,
            ["Audience"] = message.Audience,
            ["TrackingNumber"] = message.TrackingNumber,
            ["Attempts"] = message.Attempts,
            ["LastError"] = message.LastError,
            ["ParkedAt"] = message.ParkedAt,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task UnparkAsync(string caseId, string itemId, CancellationToken cancellationToken) =>
        await ParkedTable.DeleteEntityAsync(ParkedPartition, Key(caseId, itemId), ETag.All, cancellationToken);

    public async Task<IReadOnlyList<ParkedMessage>> ParkedAsync(CancellationToken cancellationToken)
    {
        var parked = new List<ParkedMessage>();
        await foreach (var row in ParkedTable.QueryAsync<TableEntity>(e => e.PartitionKey == ParkedPartition, cancellationToken: cancellationToken))
            parked.Add(new ParkedMessage(
                row.GetString("CaseId"), row.GetString("ItemId"), row.GetString("Kind"), row.GetString("Audience"),
                row.GetString("TrackingNumber"), row.GetInt32("Attempts") ?? 0, row.GetString("LastError"),
                row.GetDateTimeOffset("ParkedAt") ?? row.Timestamp ?? default));
        return parked.OrderByDescending(p => p.ParkedAt).ToList();
    }

    /// <summary>
    /// A letter with no e-mail address to go to joins the print queue, to be posted or handed over. A letter to a
    /// consulted party names that party and its address; any other goes to the applicant.
    /// </summary>
    public async Task QueueForPrintAsync(OutboxItem item, string caseId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var party = item.Content as ConsultationLetter;
        await PrintTable.UpsertEntityAsync(new TableEntity(PrintPartition, Key(caseId, item.Id))
        {
            ["CaseId"] = caseId,
            ["ItemId"] = item.Id,
            ["Kind"] = item.Kind,
            ["TrackingNumber"] = item.TrackingNumber,
            ["QueuedAt"] = at,
            ["PartyName"] = party?.PartyName,
            ["PartyAddress"] = party?.PartyAddress,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<QueuedLetter>> PrintQueueAsync(CancellationToken cancellationToken)
    {
        var queued = new List<QueuedLetter>();
        await foreach (var row in PrintTable.QueryAsync<TableEntity>(e => e.PartitionKey == PrintPartition, cancellationToken: cancellationToken))
            queued.Add(new QueuedLetter(row.GetString("CaseId"), row.GetString("ItemId"), row.GetString("Kind"), row.GetString("TrackingNumber"),
                row.GetDateTimeOffset("QueuedAt") ?? row.Timestamp ?? default, row.GetString("PartyName"), row.GetString("PartyAddress")));
        return queued.OrderBy(q => q.QueuedAt).ToList();
    }

    /// <summary>A print queue row; <paramref name="PartyName"/> is set for a letter to a consulted party, not the applicant.</summary>
    public sealed record QueuedLetter(string CaseId, string ItemId, string Kind, string TrackingNumber, DateTimeOffset QueuedAt, string? PartyName, string? PartyAddress);

    public async Task DequeuePrintAsync(string caseId, string itemId, CancellationToken cancellationToken) =>
        await PrintTable.DeleteEntityAsync(PrintPartition, Key(caseId, itemId), ETag.All, cancellationToken);

    /// <summary>
    /// A posted letter whose return receipt is awaited leaves the print queue for the list of receipts to record: added
    /// there first, then taken off the queue, so a crash between leaves it on both lists, and the lists drop what the
    /// case already records.
    /// </summary>
    public async Task AwaitReceiptAsync(PostedLetter letter, CancellationToken cancellationToken)
    {
        await PrintTable.UpsertEntityAsync(new TableEntity(ReceiptPartition, Key(letter.CaseId, letter.ItemId))
        {
            ["CaseId"] = letter.CaseId,
            ["ItemId"] = letter.ItemId,
            ["Kind"] = letter.Kind,
            ["TrackingNumber"] = letter.TrackingNumber,
            ["Addressee"] = letter.Addressee,
            ["PostedOn"] = letter.PostedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Method"] = letter.Method,
        }, TableUpdateMode.Replace, cancellationToken);
        await DequeuePrintAsync(letter.CaseId, letter.ItemId, cancellationToken);
    }

    public async Task<IReadOnlyList<PostedLetter>> AwaitingReceiptAsync(CancellationToken cancellationToken)
    {
        var posted = new List<PostedLetter>();
        await foreach (var row in PrintTable.QueryAsync<TableEntity>(e => e.PartitionKey == ReceiptPartition, cancellationToken: cancellationToken))
            posted.Add(new PostedLetter(row.GetString("CaseId"), row.GetString("ItemId"), row.GetString("Kind"), row.GetString("TrackingNumber"),
                row.GetString("Addressee"), DateOnly.ParseExact(row.GetString("PostedOn"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                row.GetString("Method")));
        return posted.OrderBy(p => p.PostedOn).ThenBy(p => p.TrackingNumber, StringComparer.Ordinal).ToList();
    }

    /// <summary>A posted letter as the list of receipts to record shows it.</summary>
    public sealed record PostedLetter(string CaseId, string ItemId, string Kind, string TrackingNumber, string Addressee, DateOnly PostedOn, string Method);

    public async Task ReceiptRecordedAsync(string caseId, string itemId, CancellationToken cancellationToken) =>
        await PrintTable.DeleteEntityAsync(ReceiptPartition, Key(caseId, itemId), ETag.All, cancellationToken);

    private static TableEntity Entry(string caseId, DateTimeOffset lookAt) => new(RetryPartition, caseId) { ["LookAt"] = lookAt };

    // Item ids are the workflow's; keep the row key to characters Table Storage accepts.
    private static string Key(string caseId, string itemId) => caseId + "_" + Uri.EscapeDataString(itemId);
}
