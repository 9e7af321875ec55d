namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// Standalone (Kestrel on 127.0.0.1, triggers in-process) or the isolated worker under the Functions host
/// (DisclosureRequests.Functions), where the host runs the timers and the queue.
/// </summary>
public static class HostMode
{
    public const string IsolatedWorkerSetting = "Hosting:IsolatedWorker";
    public const int DefaultStandalonePort = 7071;

    public static bool UnderFunctionsHost(IConfiguration configuration) => configuration.GetValue<bool>(IsolatedWorkerSetting);

    /// <summary>Standalone runs its timers, queues and orchestrations itself, unless told not to (tests drive them by hand).</summary>
    public static bool RunsTriggersInProcess(IConfiguration configuration) =>
        !UnderFunctionsHost(configuration) && configuration.GetValue("Hosting:RunTriggers", true);

    /// <summary>
    /// Whether durable orchestrations drive the cases' timers and outboxes: always under the Functions host; standalone
    /// where it runs its triggers, unless <c>Durable:RunOrchestrations</c> says no (the sweep and the queue then do).
    /// </summary>
    public static bool OrchestrationsRun(IConfiguration configuration) =>
        UnderFunctionsHost(configuration) || (RunsTriggersInProcess(configuration) && configuration.GetValue("Durable:RunOrchestrations", true));

    public static string ListenUrl(IConfiguration configuration) =>
        $"http://127.0.0.1:{configuration["PORT"] ?? DefaultStandalonePort.ToString()}";
}
