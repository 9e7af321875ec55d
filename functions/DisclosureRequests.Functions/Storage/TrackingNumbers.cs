using Azure;
using Azure.Data.Tables;

namespace DisclosureRequests.Functions.Storage;

/// <summary>
/// Issues tracking numbers such as <c>2026-000042</c>: one counter row per year of receipt, advanced under its ETag,
/// so concurrent submissions never share a number. A lost race retries with jittered backoff.
/// </summary>
public sealed class TrackingNumbers(StorageClients storage)
{
    private const string Partition = "tracking-number";

    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        var table = storage.Table(StorageNames.TrackingNumbersTable);
        var rowKey = year.ToString();
        for (var attempt = 0; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken);
            try
            {
                int next;
                if (!current.HasValue || current.Value is null)
                {
                    next = 1;
                    await table.AddEntityAsync(new TableEntity(Partition, rowKey) { ["Last"] = next }, cancellationToken);
                }
                else
                {
                    var row = current.Value;
                    next = row.GetInt32("Last")!.Value + 1;
                    row["Last"] = next;
                    await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                return $"{year}-{next:D6}";
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 200)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 + Math.Min(attempt, 20) * 10)), cancellationToken);
            }
        }
    }
}
