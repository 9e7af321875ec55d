using Azure.Data.Tables;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

/// <summary>
/// Every row of every table and every blob of every container, each with its ETag, to show that a refusal stored
/// nothing: no row or blob added, and none rewritten (a tracking-number counter advanced changes its ETag).
/// </summary>
public static class StoredRows
{
    public static async Task<IReadOnlyList<string>> SnapshotAsync(SystemUnderTest app)
    {
        var rows = new List<string>();
        var tables = new TableServiceClient(app.ConnectionString);
        // The staff directory notes each person the first time they are seen signed in, whatever they then ask: that
        // is the sign-in's effect, not the request's.
        await foreach (var table in tables.QueryAsync(t => t.Name != "Staff"))
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
                rows.Add($"table {table.Name} {row.PartitionKey}/{row.RowKey} {row.ETag}");
        var blobs = new Azure.Storage.Blobs.BlobServiceClient(app.ConnectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
                rows.Add($"blob {container.Name} {blob.Name} {blob.Properties.ETag}");
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
