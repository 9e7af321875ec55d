using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Intake;

public sealed class TrackingFunctions(HttpPipeline pipeline)
{
    [Function("TrackApplication")]
    public Task TrackApplication([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/requests/{id}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("TrackApplicationByNumber")]
    public Task TrackApplicationByNumber([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/requests/by-tracking-number/{trackingNumber}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("ApplicantLetter")]
    public Task ApplicantLetter([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/requests/{id}/letters/{letterId}")] HttpRequest request) => pipeline.RunAsync(request);
}
