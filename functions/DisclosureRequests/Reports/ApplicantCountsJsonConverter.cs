using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

internal sealed class ApplicantCountsJsonConverter : JsonConverter<ApplicantCounts>
{
    public override ApplicantCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var values = ReportJsonReading.ReadObject(ref reader, (ref Utf8JsonReader r) => r.GetInt32());
        var counts = new ApplicantCounts(ReportTable.ApplicantTypes.Select(c => ReportJsonReading.Required(values, c.Code)));
        if (values.Count != ReportTable.ApplicantTypes.Count + 1 || ReportJsonReading.Required(values, ReportTable.TotalCode) != counts.Total)
        {
            throw new JsonException("Applicant counts must list every applicant type and a total equal to their sum.");
        }
        return counts;
    }

    public override void Write(Utf8JsonWriter writer, ApplicantCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var i = 0; i < ReportTable.ApplicantTypes.Count; i++)
        {
            writer.WriteNumber(ReportTable.ApplicantTypes[i].Code, value.Columns[i]);
        }
        writer.WriteNumber(ReportTable.TotalCode, value.Total);
        writer.WriteEndObject();
    }
}
