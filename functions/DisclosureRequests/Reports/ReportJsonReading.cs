using System.Text.Json;

namespace DisclosureRequests.Reports;

internal static class ReportJsonReading
{
    internal delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Reads an object whose keys must be unique, leaving the reader on its end.</summary>
    internal static Dictionary<string, T> ReadObject<T>(ref Utf8JsonReader reader, ValueReader<T> readValue)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, found {reader.TokenType}.");
        }
        var values = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (!values.TryAdd(key, readValue(ref reader)))
            {
                throw new JsonException($"Duplicate key '{key}'.");
            }
        }
        return values;
    }

    internal static T Required<T>(Dictionary<string, T> values, string key) =>
        values.TryGetValue(key, out var value) ? value : throw new JsonException($"Missing key '{key}'.");
}
