namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// The address a request came from, as the connection reports it once the forwarded-headers middleware has run: under
/// the Functions host, the address the host saw; standalone, the peer's, or the client's from <c>X-Forwarded-For</c>
/// when <c>Network:TrustForwardedHeaders</c> is set (see <see cref="RateLimits.UseClientAddresses"/>).
/// </summary>
public static class ClientAddresses
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
