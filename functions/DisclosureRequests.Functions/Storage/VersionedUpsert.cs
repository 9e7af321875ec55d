using Azure;
using Azure.Data.Tables;

namespace DisclosureRequests.Functions.Storage;

/// <summary>Writes a projection row unless the stored one is already as new (its <c>Version</c> column).</summary>
public static class VersionedUpsert
{
    public static async Task WriteAsync(TableClient table, TableEntity row, int version, CancellationToken cancellationToken)
    {
        row["Version"] = version;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, select: ["Version"], cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    await table.AddEntityAsync(row, cancellationToken);
                    return;
                }
                if ((existing.Value.GetInt32("Version") ?? 0) >= version) return;
                await table.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
            }
        }
    }
}
