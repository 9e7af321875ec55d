using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>
/// The app's routes whose handlers bind a request header, read from the endpoints themselves: the handler method
/// each endpoint carries as metadata, its <c>[FromHeader]</c> parameters and those of its <c>[AsParameters]</c> records.
/// </summary>
public static class HeaderBindings
{
    public static IReadOnlyList<RouteEndpoint> RoutesBinding(SystemUnderTest app, string header) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<MethodInfo>() is { } handler && handler.GetParameters().Any(p => Binds(p, header)))
            .ToArray();

    private static bool Binds(ParameterInfo parameter, string header) =>
        parameter.GetCustomAttributes().OfType<IFromHeaderMetadata>().Any(h => h.Name == header)
        || (parameter.GetCustomAttribute<AsParametersAttribute>() is not null
            && parameter.ParameterType.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => Binds(p, header)));
}
