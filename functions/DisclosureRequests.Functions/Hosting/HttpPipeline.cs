using DisclosureRequests.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace DisclosureRequests.Functions.Hosting;

/// <summary>
/// The standalone host's request pipeline, built once on the worker's services from the same Core methods
/// (<see cref="AppSetup.UseDisclosureRequestsPipeline"/> and <see cref="AppSetup.MapDisclosureRequests"/>). Every HTTP
/// function hands its request to it, so both hosts run the same handlers with the same middleware, filters, role
/// checks and problem details. The host has matched the function's route; the pipeline matches the same route
/// again (the templates are equal, a test holds them so) to bind the route values and find the endpoint.
/// </summary>
public sealed class HttpPipeline(IServiceProvider services, IConfiguration configuration)
{
    private readonly Lazy<RequestDelegate> pipeline = new(() => Build(services, configuration));

    public Task RunAsync(HttpRequest request)
    {
        var context = request.HttpContext;
        // The worker's own routing chose the function's endpoint; the Core's routing chooses its own.
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        return pipeline.Value(context);
    }

    private static RequestDelegate Build(IServiceProvider services, IConfiguration configuration)
    {
        var app = new ApplicationBuilder(services);
        app.UseRouting();
        app.UseDisclosureRequestsPipeline(configuration);
        app.UseEndpoints(endpoints => endpoints.MapDisclosureRequests());
        return app.Build();
    }
}
