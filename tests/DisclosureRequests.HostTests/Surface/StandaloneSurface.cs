using DisclosureRequests.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>
/// The HTTP endpoints the standalone host maps, read from its endpoint data sources: the app is built as Program.cs
/// builds it, but never started, so no storage is needed.
/// </summary>
public static class StandaloneSurface
{
    public static IReadOnlyList<HttpOperation> Read()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Security:AccessCodeKey"] = "surface-test-access-code-key-0123456789",
            ["Hosting:RunTriggers"] = "false",
        });
        builder.AddDisclosureRequests();
        var app = builder.Build();
        app.UseDisclosureRequests();
        return ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(HttpOperation.OfEndpoint)
            .ToArray();
    }
}
