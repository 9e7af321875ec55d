using System.Text.Json;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>
/// The client writes inputs and event payloads as the durabletask-dotnet classes read them: with System.Text.Json,
/// not the framework's default Json.NET.
/// </summary>
public sealed class SystemTextJsonDataConverter : DurableTask.Core.Serializing.DataConverter
{
    public override string Serialize(object value) => JsonSerializer.Serialize(value);

    public override string Serialize(object value, bool formatted) =>
        JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = formatted });

    public override object Deserialize(string data, Type objectType) => JsonSerializer.Deserialize(data, objectType)!;
}
