namespace DisclosureRequests.Core.Hosting;

/// <summary>Standalone (Kestrel on 127.0.0.1, triggers in-process) or under the Functions host as a custom handler.</summary>
public static class HostMode
{
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const int DefaultStandalonePort = 7071;

    public static bool UnderFunctionsHost(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[CustomHandlerPortVariable]);

    public static string ListenUrl(IConfiguration configuration) =>
        UnderFunctionsHost(configuration)
            ? $"http://127.0.0.1:{configuration[CustomHandlerPortVariable]}"
            : $"http://127.0.0.1:{configuration["PORT"] ?? DefaultStandalonePort.ToString()}";
}
