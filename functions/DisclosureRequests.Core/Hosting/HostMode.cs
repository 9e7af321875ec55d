namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// Standalone (Kestrel on 127.0.0.1, triggers in-process) or under the Functions host: as a custom handler, or as the
/// isolated worker (DisclosureRequests.Functions), where the host runs the timers and queues.
/// </summary>
public static class HostMode
{
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const string IsolatedWorkerSetting = "Hosting:IsolatedWorker";
    public const int DefaultStandalonePort = 7071;

    public static bool UnderFunctionsHost(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[CustomHandlerPortVariable]) || configuration.GetValue<bool>(IsolatedWorkerSetting);

    public static string ListenUrl(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[CustomHandlerPortVariable])
            ? $"http://127.0.0.1:{configuration[CustomHandlerPortVariable]}"
            : $"http://127.0.0.1:{configuration["PORT"] ?? DefaultStandalonePort.ToString()}";
}
