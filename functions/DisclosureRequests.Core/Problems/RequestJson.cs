using System.Text.Json;
using System.Text.Json.Serialization;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Problems;

/// <summary>
/// How request bodies are read: the API's JSON shape, with every string cleaned of control and bidirectional-formatting
/// characters as it is read, so no field can carry them into the record or a letter.
/// </summary>
public static class RequestJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = Json.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.Converters.Add(new CleanStringConverter());
        options.MaxDepth = 16;
        return options;
    }

    private sealed class CleanStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? PlainText.Clean(reader.GetString()!) : throw new JsonException("Expected a string.");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
