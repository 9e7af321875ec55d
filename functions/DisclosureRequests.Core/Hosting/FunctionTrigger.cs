using System.Text.Json.Nodes;

namespace DisclosureRequests.Core.Hosting;

/// <summary>How the Functions host starts a function; each knows its own <c>function.json</c> bindings.</summary>
public abstract record FunctionTrigger
{
    public abstract JsonArray Bindings();

    /// <summary>
    /// Requests whose path matches <see cref="Route"/> (after the host's empty route prefix), forwarded unchanged to
    /// the app (enableProxyingHttpRequest). Only what some HTTP function's route matches reaches the app from outside.
    /// </summary>
    public sealed record Http(string Route, IReadOnlyList<string> Methods) : FunctionTrigger
    {
        public static IReadOnlyList<string> AnyMethod { get; } = ["get", "post", "put", "patch", "delete", "head", "options"];
        public static IReadOnlyList<string> GetAndHead { get; } = ["get", "head"];

        public override JsonArray Bindings() =>
        [
            new JsonObject
            {
                ["type"] = "httpTrigger", ["direction"] = "in", ["name"] = "req", ["authLevel"] = "anonymous",
                ["methods"] = new JsonArray(Methods.Select(m => (JsonNode)JsonValue.Create(m)).ToArray()),
                ["route"] = Route,
            },
            new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" },
        ];
    }

    /// <summary>A timer, on a six-field NCRONTAB schedule in UTC (the Linux host has no WEBSITE_TIME_ZONE).</summary>
    public sealed record Timer(string Schedule) : FunctionTrigger
    {
        public const string BindingName = "timer";

        public override JsonArray Bindings() =>
        [
            new JsonObject { ["type"] = "timerTrigger", ["direction"] = "in", ["name"] = BindingName, ["schedule"] = Schedule },
        ];
    }

    public sealed record Queue(string QueueName) : FunctionTrigger
    {
        public const string BindingName = "message";

        public override JsonArray Bindings() =>
        [
            new JsonObject
            {
                ["type"] = "queueTrigger", ["direction"] = "in", ["name"] = BindingName,
                ["queueName"] = QueueName, ["connection"] = "AzureWebJobsStorage",
            },
        ];
    }
}
