using System.Text.Json;
using Azure.Data.Tables;
using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Storage;

public static class OutboxEntities
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Parked = "parked";

    public static TableEntity ToEntity(string caseId, OutboxItem item) => new(caseId, CaseStore.OutboxRowPrefix + item.Id)
    {
        ["Item"] = JsonSerializer.Serialize(item, Json.Options),
        ["Kind"] = item.Kind,
        ["Status"] = Pending,
        ["Attempts"] = 0,
    };

    public static OutboxItem FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<OutboxItem>(entity.GetString("Item"), Json.Options)!;
}
