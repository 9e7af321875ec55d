namespace DisclosureRequests.Core.Hosting;

/// <summary>How the Functions host starts a timer or queue function.</summary>
public abstract record FunctionTrigger
{
    /// <summary>A timer, on a six-field NCRONTAB schedule in UTC (the Linux host has no WEBSITE_TIME_ZONE).</summary>
    public sealed record Timer(string Schedule) : FunctionTrigger
    {
        public const string BindingName = "timer";
    }

    public sealed record Queue(string QueueName) : FunctionTrigger
    {
        public const string BindingName = "message";
    }
}
