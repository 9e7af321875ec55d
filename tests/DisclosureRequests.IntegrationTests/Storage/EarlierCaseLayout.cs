using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.IntegrationTests.Storage;

/// <summary>A case's rows moved to where an earlier version wrote them: <c>case</c> and <c>event-NNNNNN</c>, shared by every case.</summary>
internal static class EarlierCaseLayout
{
    public static async Task RewriteAsync(TableClient cases, string caseId)
    {
        var rows = await cases.QueryAsync<TableEntity>(r => r.PartitionKey == caseId).ToListAsync();
        var actions = new List<TableTransactionAction>();
        foreach (var row in rows)
        {
            var earlier = row.RowKey == CaseStore.StateRow(caseId) ? CaseStore.LegacyStateRow
                : row.RowKey.StartsWith(CaseStore.EventRowPrefix, StringComparison.Ordinal) ? row.RowKey[..(CaseStore.EventRowPrefix.Length + 6)]
                : null;
            if (earlier is null) continue;
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(caseId, row.RowKey), row.ETag));
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(row.Where(p => p.Key is not ("odata.etag" or "Timestamp")).ToDictionary())
            {
                PartitionKey = caseId,
                RowKey = earlier,
            }));
        }
        await cases.SubmitTransactionAsync(actions);
    }

    public static async Task<List<string>> RowKeysAsync(TableClient cases, string caseId) =>
        await cases.QueryAsync<TableEntity>(r => r.PartitionKey == caseId, select: ["RowKey"]).Select(r => r.RowKey).ToListAsync();
}
