using System.Text.Json;
using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Notifications;

namespace DisclosureRequests.Core.Storage;

public static class OutboxEntities
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Parked = "parked";

    public static TableEntity ToEntity(string caseId, OutboxItem item, DateTimeOffset createdAt) => new(caseId, CaseStore.OutboxRowPrefix + item.Id)
    {
        ["CreatedAt"] = createdAt,
        ["Item"] = JsonSerializer.Serialize(item, Json.Options),
        ["Kind"] = item.Kind,
        ["Status"] = Pending,
        ["Attempts"] = 0,
    };

    /// <summary>
    /// The row's item, typed. A row the previous release wrote (its values in a string dictionary) is read into the
    /// same records, so the outbox of a case in flight at an upgrade is still delivered.
    /// </summary>
    /// <exception cref="LetterNotComposableException">The row holds no item this release can put into a letter.</exception>
    public static OutboxItem FromEntity(TableEntity entity)
    {
        try
        {
            using var document = JsonDocument.Parse(entity.GetString("Item") ?? "null");
            var root = document.RootElement;
            return EarlierOutboxItem.IsEarlierShape(root)
                ? EarlierOutboxItem.Read(root)
                : root.Deserialize<OutboxItem>(Json.Options) ?? throw new LetterNotComposableException("The outbox row holds no item.");
        }
        catch (JsonException e)
        {
            throw new LetterNotComposableException($"The outbox row does not read as an item: {e.Path}.");
        }
    }

    /// <summary>The item's id, kind and audience, read the same from every row whatever its item says.</summary>
    public static OutboxEnvelope EnvelopeOf(TableEntity entity)
    {
        var audience = "";
        try
        {
            using var document = JsonDocument.Parse(entity.GetString("Item") ?? "null");
            if (document.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("audience", out var value) && value.ValueKind == JsonValueKind.String)
                audience = value.GetString()!;
        }
        catch (JsonException)
        {
            // An unreadable item still has its row's id and kind.
        }
        return new OutboxEnvelope(entity.RowKey[CaseStore.OutboxRowPrefix.Length..], entity.GetString("Kind") ?? "", audience);
    }
}
