using System.Text.Json;

namespace DisclosureRequests.Core.Hosting;

/// <summary>The trigger data of one run: the timer's status, or the queue message text.</summary>
public sealed record FunctionInvocation(JsonElement Data, JsonElement Metadata)
{
    /// <summary>The host's client of the case orchestrations, where this host runs them.</summary>
    public Cases.Orchestration.ICaseOrchestrations? Orchestrations { get; init; }

    /// <summary>The host's client of the annual report orchestrations, where the host binds one to the function.</summary>
    public Reports.IAnnualReportCompiles? ReportCompiles { get; init; }

    public static FunctionInvocation Timer(bool isPastDue = false) =>
        new(JsonSerializer.SerializeToElement(new Dictionary<string, object> { [FunctionTrigger.Timer.BindingName] = new { IsPastDue = isPastDue } }),
            JsonSerializer.SerializeToElement(new { }));

    public static FunctionInvocation QueueMessage(string message) =>
        new(JsonSerializer.SerializeToElement(new Dictionary<string, string> { [FunctionTrigger.Queue.BindingName] = message }),
            JsonSerializer.SerializeToElement(new { }));

    /// <summary>The queue message; the host sends it as a JSON string (quoted) or, for JSON messages, as the object.</summary>
    public string Message()
    {
        var element = Data.GetProperty(FunctionTrigger.Queue.BindingName);
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
    }
}
