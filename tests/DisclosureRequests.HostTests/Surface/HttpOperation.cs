using Microsoft.AspNetCore.Routing;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>
/// A route template as the Functions host writes it (no leading slash, no trailing one: both match the same paths) and
/// the methods it answers, in lower case.
/// </summary>
public sealed record HttpOperation(string Route, string Methods)
{
    /// <summary>
    /// A function's empty route would be replaced by its name, so the site root is an optional parameter that must
    /// stay empty; it stands for the standalone's <c>/</c>.
    /// </summary>
    public const string RootFunctionRoute = "{root:maxlength(0)?}";

    public static HttpOperation OfEndpoint(RouteEndpoint endpoint) =>
        new(endpoint.RoutePattern.RawText!.Trim('/'),
            Join(endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []));

    public static HttpOperation OfFunction(string route, IEnumerable<string> methods) =>
        new(route == RootFunctionRoute ? "" : route.Trim('/'), Join(methods));

    private static string Join(IEnumerable<string> methods) => string.Join(",", methods.Select(m => m.ToLowerInvariant()).Order());

    public override string ToString() => $"{Methods.ToUpperInvariant()} /{Route}";
}
