namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// The address a request came from, as the connection reports it. Behind Azure's front ends that is the front end's
/// address unless <c>Network:TrustForwardedHeaders</c> is set, in which case the forwarded-headers middleware has
/// already replaced it with the client's from <c>X-Forwarded-For</c>.
/// </summary>
public static class ClientAddresses
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
