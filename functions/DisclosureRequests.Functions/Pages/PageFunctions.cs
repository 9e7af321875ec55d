using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Pages;

public sealed class PageFunctions(HttpPipeline pipeline)
{
    [Function("ApplicationPage")]
    public Task ApplicationPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "{root:maxlength(0)?}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("TrackingPage")]
    public Task TrackingPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "track")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("PageAssets")]
    public Task PageAssets([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "assets/{file}")] HttpRequest request) => pipeline.RunAsync(request);
}
