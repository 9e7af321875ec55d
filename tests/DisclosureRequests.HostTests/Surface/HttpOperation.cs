using Microsoft.AspNetCore.Routing;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>A route template (without its leading slash, as function routes are written) and the methods it answers.</summary>
public sealed record HttpOperation(string Route, IReadOnlyList<string> Methods)
{
    public static HttpOperation Of(RouteEndpoint endpoint) =>
        new(endpoint.RoutePattern.RawText!.TrimStart('/'),
            endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Select(m => m.ToLowerInvariant()).Order().ToArray() ?? []);

    public override string ToString() => $"{string.Join(",", Methods)} {Route}";
}
