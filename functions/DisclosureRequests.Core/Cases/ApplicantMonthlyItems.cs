using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// 国办函〔2020〕109号 counts items per applicant per calendar month. Each earlier application of the same applicant
/// received in the same month counts as one item, or as the items its own fee notice counted.
/// </summary>
public sealed class ApplicantMonthlyItems(StorageClients storage)
{
    public async Task<int> CountBeforeAsync(string caseId, CancellationToken cancellationToken)
    {
        var table = storage.Table(StorageNames.WorklistTable);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(WorklistProjection.Partition, caseId, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null) return 0;
        var me = row.Value;
        var key = me.GetString("ApplicantKey");
        var month = me.GetString("ReceivedOn")[..7];
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {WorklistProjection.Partition} and ApplicantKey eq {key} and ReceivedOn ge {month + "-01"} and ReceivedOn le {me.GetString("ReceivedOn")} and RowKey ne {caseId}");
        var count = 0;
        await foreach (var other in table.QueryAsync<TableEntity>(filter, select: ["ReceivedOn", "TrackingNumber", "Items"], cancellationToken: cancellationToken))
        {
            var earlier = string.CompareOrdinal(other.GetString("ReceivedOn"), me.GetString("ReceivedOn")) < 0
                || string.CompareOrdinal(other.GetString("TrackingNumber"), me.GetString("TrackingNumber")) < 0;
            if (earlier) count += other.GetInt32("Items") ?? 1;
        }
        return count;
    }
}
