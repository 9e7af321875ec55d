using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>Reads a case's outbox rows as its correspondence register.</summary>
public sealed class Correspondence(StorageClients storage, CaseStore cases)
{
    public async Task<IReadOnlyList<CorrespondenceEntry>> ListAsync(string caseId, CancellationToken cancellationToken)
    {
        var dispatches = (await cases.LoadAsync(caseId, cancellationToken))?.State.LetterDispatches ?? [];
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey ge {CaseStore.OutboxRowPrefix} and RowKey lt {"outbox."}");
        var entries = new List<CorrespondenceEntry>();
        await foreach (var row in storage.Table(StorageNames.CasesTable).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var item = OutboxEntities.EnvelopeOf(row);
            var kind = LetterKinds.Find(item.Kind);
            var status = DeliveryStatus.Visible(row.GetString("Status"));
            var hasLetter = kind?.IsFormalLetter == true
                && status is DeliveryStatus.Delivered or DeliveryStatus.ToPost or DeliveryStatus.AwaitingConfirmation or DeliveryStatus.Parked;
            var dispatch = dispatches.FirstOrDefault(d => d.ItemId == item.Id);
            if (dispatch is not null) status = dispatch.IsServed ? DeliveryStatus.Served : DeliveryStatus.Posted;
            entries.Add(new CorrespondenceEntry(
                item.Id, item.Kind, item.Audience, kind?.Title ?? item.Kind,
                row.GetDateTimeOffset("CreatedAt") ?? row.Timestamp,
                row.GetDateTimeOffset("DeliveredAt"),
                status,
                row.GetInt32("Attempts") ?? 0,
                row.GetString("LastError"),
                row.GetDateTimeOffset("NextAttemptAt"),
                hasLetter ? $"/api/cases/{caseId}/correspondence/{Uri.EscapeDataString(item.Id)}" : null,
                dispatch));
        }
        return entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }
}
