using Azure;
using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Writes what happened to an outbox row, always under the ETag of the claim: if a lease ran out and another
/// dispatcher took the item over, its record stands and ours is dropped.
/// </summary>
internal sealed class OutboxRowWriter(StorageClients storage, DeliveryIndex index, TimeSpan lease, ILogger logger)
{
    private TableClient Cases => storage.Table(StorageNames.CasesTable);

    public async Task<TableEntity?> ClaimAsync(TableEntity row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A row an earlier release wrote has no CreatedAt; until it is first touched, its timestamp is the commit's.
        if (row.GetDateTimeOffset("CreatedAt") is null) row["CreatedAt"] = row.Timestamp ?? now;
        row["Status"] = DeliveryStatus.Sending;
        row["LeaseUntil"] = now + lease;
        try
        {
            var response = await Cases.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return row;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            logger.LogInformation("Outbox item {RowKey} of case {CaseId} was claimed by another dispatcher", row.RowKey, row.PartitionKey);
            return null;
        }
    }

    public async Task<bool> FinishAsync(TableEntity row, OutboxItem item, string status, string? providerMessageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (status == DeliveryStatus.ToPost)
            await index.QueueForPrintAsync(item, row.PartitionKey, now, cancellationToken);
        row["Status"] = status;
        row["DeliveredAt"] = now;
        row["ProviderMessageId"] = providerMessageId;
        row["NextAttemptAt"] = null;
        row["LeaseUntil"] = null;
        var saved = await SaveAsync(row, cancellationToken);
        logger.LogInformation("Outbox item {ItemId} ({Kind}) of case {CaseId}: {Status}", item.Id, item.Kind, row.PartitionKey, status);
        return saved;
    }

    /// <summary>Keeps a letter to an unconfirmed address: readable on the tracking page, sent once the address is confirmed.</summary>
    public async Task<bool> HoldAsync(TableEntity row, OutboxItem item, string? providerMessageId, CancellationToken cancellationToken)
    {
        row["Status"] = DeliveryStatus.AwaitingConfirmation;
        row["ProviderMessageId"] = providerMessageId;
        row["NextAttemptAt"] = null;
        row["LeaseUntil"] = null;
        var saved = await SaveAsync(row, cancellationToken);
        logger.LogInformation("Outbox item {ItemId} ({Kind}) of case {CaseId}: held until the applicant confirms the address", item.Id, item.Kind, row.PartitionKey);
        return saved;
    }

    public async Task<bool> RescheduleAsync(TableEntity row, OutboxItem item, int attempts, SendOutcome.Transient failed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = now + RetrySchedule.After(attempts, failed.RetryAfter);
        row["Status"] = DeliveryStatus.Pending;
        row["Attempts"] = attempts;
        row["LastError"] = failed.Error;
        row["NextAttemptAt"] = next;
        row["LeaseUntil"] = null;
        var saved = await SaveAsync(row, cancellationToken);
        logger.LogWarning("Outbox item {ItemId} ({Kind}) of case {CaseId} failed (attempt {Attempts}): {Error}; next try at {Next}",
            item.Id, item.Kind, row.PartitionKey, attempts, failed.Error, next);
        return saved;
    }

    public Task<bool> ParkAsync(TableEntity row, OutboxItem item, CaseState? state, int attempts, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        ParkAsync(row, new OutboxEnvelope(item.Id, item.Kind, item.Audience), state?.TrackingNumber ?? item.TrackingNumber, attempts, error, now, cancellationToken);

    public async Task<bool> ParkAsync(TableEntity row, OutboxEnvelope item, string trackingNumber, int attempts, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await index.ParkAsync(new ParkedMessage(row.PartitionKey, item.Id, item.Kind, item.Audience, trackingNumber, attempts, error, now), cancellationToken);
        row["Status"] = DeliveryStatus.Parked;
        row["Attempts"] = attempts;
        row["LastError"] = error;
        row["ParkedAt"] = now;
        row["NextAttemptAt"] = null;
        row["LeaseUntil"] = null;
        var saved = await SaveAsync(row, cancellationToken);
        logger.LogError("Outbox item {ItemId} ({Kind}) of case {CaseId} parked after {Attempts} attempts: {Error}",
            item.Id, item.Kind, row.PartitionKey, attempts, error);
        return saved;
    }

    public async Task<bool> SaveAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await Cases.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Our lease ran out and another dispatcher took the item over; its record stands.
            logger.LogWarning("Outbox item {RowKey} of case {CaseId} changed while it was being sent", row.RowKey, row.PartitionKey);
            return false;
        }
    }
}
