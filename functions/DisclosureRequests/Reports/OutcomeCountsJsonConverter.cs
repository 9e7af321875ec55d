using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

internal sealed class OutcomeCountsJsonConverter : JsonConverter<OutcomeCounts>
{
    public override OutcomeCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var byRow = new Dictionary<OutcomeRow, ApplicantCounts>();
        var outcomes = ReportJsonReading.ReadObject(ref reader, (ref Utf8JsonReader r) => JsonElement.ParseValue(ref r));
        foreach (var (code, element) in outcomes)
        {
            var category = ReportTable.Outcomes.SingleOrDefault(o => o.Code == code)
                ?? throw new JsonException($"Unknown outcome '{code}'.");
            if (!category.HasReasons)
            {
                byRow[ReportTable.OutcomeRows.Single(r => r.Category == category)] = Counts(element, options);
                continue;
            }
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"Outcome '{code}' must map each of its reasons to counts.");
            }
            foreach (var reason in element.EnumerateObject())
            {
                var row = ReportTable.OutcomeRows.SingleOrDefault(r => r.Category == category && r.Reason?.Code == reason.Name)
                    ?? throw new JsonException($"Unknown reason '{reason.Name}' of outcome '{code}'.");
                byRow[row] = Counts(reason.Value, options);
            }
        }
        return new OutcomeCounts(ReportTable.OutcomeRows.Select(row =>
            byRow.TryGetValue(row, out var counts)
                ? counts
                : throw new JsonException($"Missing counts for outcome '{row.Outcome}' reason '{row.Reason?.Code}'.")));
    }

    public override void Write(Utf8JsonWriter writer, OutcomeCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var index = 0;
        foreach (var category in ReportTable.Outcomes)
        {
            writer.WritePropertyName(category.Code);
            if (!category.HasReasons)
            {
                JsonSerializer.Serialize(writer, value.Rows[index++], options);
                continue;
            }
            writer.WriteStartObject();
            foreach (var reason in category.Reasons)
            {
                writer.WritePropertyName(reason.Code);
                JsonSerializer.Serialize(writer, value.Rows[index++], options);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static ApplicantCounts Counts(JsonElement element, JsonSerializerOptions options) =>
        element.Deserialize<ApplicantCounts>(options) ?? throw new JsonException("Counts cannot be null.");
}
