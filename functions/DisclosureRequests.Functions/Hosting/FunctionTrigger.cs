using System.Text.Json.Nodes;

namespace DisclosureRequests.Functions.Hosting;

/// <summary>How the Functions host starts a function; each knows its own <c>function.json</c> bindings.</summary>
public abstract record FunctionTrigger
{
    public abstract JsonArray Bindings();

    /// <summary>The one HTTP function: every route, forwarded unchanged to the app (enableProxyingHttpRequest).</summary>
    public sealed record Http : FunctionTrigger
    {
        public override JsonArray Bindings() =>
        [
            new JsonObject
            {
                ["type"] = "httpTrigger", ["direction"] = "in", ["name"] = "req", ["authLevel"] = "anonymous",
                ["methods"] = new JsonArray("get", "post", "put", "patch", "delete", "head", "options"),
                ["route"] = "{*route}",
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
