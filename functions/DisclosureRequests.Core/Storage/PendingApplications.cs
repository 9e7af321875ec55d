using Azure.Data.Tables;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// Applications received but whose case is not yet written, kept beside the tracking numbers: a <c>pending-{case}</c>
/// row with what was received, and a <c>claim-{case}</c> row that stays, so that a case id is given a number only once
/// however its submission is retried. Both are written in the transaction that issues the number.
/// </summary>
public sealed class PendingApplications(StorageClients storage)
{
    private const string PendingPrefix = "pending-";
    private const string ClaimPrefix = "claim-";

    public const string ClaimsSinceRow = "claims-since";

    /// <summary>How long after claims began a retry may still belong to a submission numbered before: far longer than a page retries.</summary>
    public static readonly TimeSpan RetriesOutlive = TimeSpan.FromDays(1);

    private TableClient Table => storage.Table(StorageNames.TrackingNumbersTable);

    private TableEntity? claimsSince;

    /// <summary>The rows that record <paramref name="application"/> as received under <paramref name="trackingNumber"/>.</summary>
    public static IEnumerable<TableEntity> Rows(string trackingNumber, PendingApplication application)
    {
        yield return new TableEntity(TrackingNumbers.Partition, ClaimRow(application.CaseId)) { ["Number"] = trackingNumber };
        yield return new TableEntity(TrackingNumbers.Partition, PendingPrefix + application.CaseId)
        {
            ["Number"] = trackingNumber,
            ["Payload"] = application.Payload,
            ["ReceivedAt"] = application.ReceivedAt,
        };
    }

    public static string ClaimRow(string caseId) => ClaimPrefix + caseId;

    public static bool IsClaim(string rowKey) => rowKey.StartsWith(ClaimPrefix, StringComparison.Ordinal);

    public async Task<PendingApplication?> FindAsync(string caseId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(TrackingNumbers.Partition, PendingPrefix + caseId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? Read(entity) : null;
    }

    /// <summary>Every application still waiting for its case, oldest first by the order they were numbered in.</summary>
    public async IAsyncEnumerable<PendingApplication> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = Table.QueryAsync<TableEntity>(
            $"PartitionKey eq '{TrackingNumbers.Partition}' and RowKey ge '{PendingPrefix}' and RowKey lt 'pending.'", maxPerPage: 1000, cancellationToken: cancellationToken);
        await foreach (var row in rows) yield return Read(row);
    }

    public async Task RemoveAsync(string caseId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(TrackingNumbers.Partition, PendingPrefix + caseId, Azure.ETag.All, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>
    /// Whether every case a retried submission could belong to holds its claim row, so that a claim alone tells a
    /// retry from a new submission. Not while a submission numbered before claims were kept might still be retried.
    /// </summary>
    public async Task<bool> ClaimsCoverRetriesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = claimsSince ??= await ClaimsSinceAsync(now, cancellationToken);
        return since.GetBoolean("CasesBefore") != true || now > since.GetDateTimeOffset("At") + RetriesOutlive;
    }

    private async Task<TableEntity> ClaimsSinceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(TrackingNumbers.Partition, ClaimsSinceRow, cancellationToken: cancellationToken);
        if (row.HasValue && row.Value is { } found) return found;
        var anyCase = false;
        await foreach (var _ in storage.Table(StorageNames.CasesTable).QueryAsync<TableEntity>(
                           $"RowKey ge '{CaseStore.LegacyStateRow}' and RowKey lt '{CaseStore.StateRowsEnd}'", maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            anyCase = true;
            break;
        }
        var since = new TableEntity(TrackingNumbers.Partition, ClaimsSinceRow) { ["At"] = now, ["CasesBefore"] = anyCase };
        try
        {
            await Table.AddEntityAsync(since, cancellationToken);
            return since;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
            return (await Table.GetEntityAsync<TableEntity>(TrackingNumbers.Partition, ClaimsSinceRow, cancellationToken: cancellationToken)).Value;
        }
    }

    private static PendingApplication Read(TableEntity row) =>
        new(row.RowKey[PendingPrefix.Length..], row.GetString("Payload") ?? "", row.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue)
        {
            TrackingNumber = row.GetString("Number"),
        };
}

/// <summary>What an application's case will be opened from (<see cref="Payload"/>, the intake's own JSON), and when it came in.</summary>
public sealed record PendingApplication(string CaseId, string Payload, DateTimeOffset ReceivedAt)
{
    public string? TrackingNumber { get; init; }
}
