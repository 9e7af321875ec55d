using Azure;
using Azure.Data.Tables;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// Writes a projection row unless the stored one is already as new: by its <c>Version</c> column, then by its
/// <c>Basis</c> (what else the row was computed from, ordered as text, such as the calendar a due date was counted on).
/// </summary>
public static class VersionedUpsert
{
    public static async Task WriteAsync(TableClient table, TableEntity row, int version, string basis, CancellationToken cancellationToken) =>
        await WriteAsync(table, row, version, basis, null, cancellationToken);

    /// <summary>
    /// With <paramref name="batches"/>, a row that does not exist yet is added in a transaction shared with other new
    /// rows of its partition; if any of them exists after all, the shared transaction fails and each row takes the
    /// versioned path alone.
    /// </summary>
    public static async Task WriteAsync(TableClient table, TableEntity row, int version, string basis, PartitionBatches? batches, CancellationToken cancellationToken)
    {
        row["Version"] = version;
        row["Basis"] = basis;
        if (batches is not null)
        {
            try
            {
                await batches.SubmitAsync(table.Name, [new TableTransactionAction(TableTransactionActionType.Add, row)], cancellationToken);
                return;
            }
            catch (RequestFailedException)
            {
            }
        }
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, select: ["Version", "Basis"], cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    await table.AddEntityAsync(row, cancellationToken);
                    return;
                }
                var stored = (Version: existing.Value.GetInt32("Version") ?? 0, Basis: existing.Value.GetString("Basis") ?? "");
                if (stored.Version > version || (stored.Version == version && string.CompareOrdinal(stored.Basis, basis) >= 0)) return;
                await table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
            }
        }
    }
}
