using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// The input of a case's orchestration. Executions started by an earlier release were given the bare case id and take
/// their round in two activities (<see cref="InTwoSteps"/>); their history must replay as it was written, so they keep
/// that shape until their next <c>ContinueAsNew</c>, which starts a fresh history in the one-step shape.
/// </summary>
[JsonConverter(typeof(CaseOrchestrationInputConverter))]
public sealed record CaseOrchestrationInput(string CaseId)
{
    public bool InTwoSteps { get; init; }
}

/// <summary>Reads both forms: the earlier release's JSON string (the case id) and the current object.</summary>
public sealed class CaseOrchestrationInputConverter : JsonConverter<CaseOrchestrationInput>
{
    public override CaseOrchestrationInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new CaseOrchestrationInput(reader.GetString()!) { InTwoSteps = true };
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !TryGetCaseId(root, out var caseId))
            throw new JsonException("A case orchestration's input names its case: {\"caseId\": \"…\"}.");
        return new CaseOrchestrationInput(caseId);
    }

    public override void Write(Utf8JsonWriter writer, CaseOrchestrationInput value, JsonSerializerOptions options)
    {
        if (value.InTwoSteps)
        {
            writer.WriteStringValue(value.CaseId);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("caseId", value.CaseId);
        writer.WriteEndObject();
    }

    private static bool TryGetCaseId(JsonElement root, out string caseId)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, "caseId", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                caseId = property.Value.GetString()!;
                return true;
            }
        }
        caseId = "";
        return false;
    }
}
