using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Notifications;

public sealed class CorrespondenceFunctions(HttpPipeline pipeline)
{
    [Function("Correspondence")]
    public Task Correspondence([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/cases/{id}/correspondence")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CorrespondenceItem")]
    public Task CorrespondenceItem([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/cases/{id}/correspondence/{itemId}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("ParkedMessages")]
    public Task ParkedMessages([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/parked-messages")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("RetryParkedMessage")]
    public Task RetryParkedMessage([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/parked-messages/{caseId}/{itemId}/retry")] HttpRequest request) => pipeline.RunAsync(request);
}
