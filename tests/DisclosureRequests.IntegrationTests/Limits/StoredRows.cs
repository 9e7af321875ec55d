using Azure.Data.Tables;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

/// <summary>Counts every row of every table and every blob of every container, to show that a refusal stored nothing.</summary>
public static class StoredRows
{
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(SystemUnderTest app)
    {
        var counts = new SortedDictionary<string, int>();
        var tables = new TableServiceClient(app.ConnectionString);
        await foreach (var table in tables.QueryAsync())
        {
            var rows = 0;
            await foreach (var _ in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey"])) rows++;
            counts["table " + table.Name] = rows;
        }
        var blobs = new Azure.Storage.Blobs.BlobServiceClient(app.ConnectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var count = 0;
            await foreach (var _ in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync()) count++;
            counts["container " + container.Name] = count;
        }
        return counts;
    }
}
