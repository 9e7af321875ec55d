using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Health;

public sealed class HealthFunctions(HttpPipeline pipeline)
{
    [Function("OpenApiDocument")]
    public Task OpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("Health")]
    public Task Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request) => pipeline.RunAsync(request);
}
