using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Cases;

public sealed class CaseFunctions(HttpPipeline pipeline)
{
    [Function("Worklist")]
    public Task Worklist([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/cases")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("ReadCase")]
    public Task ReadCase([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/cases/{id}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseHistory")]
    public Task CaseHistory([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/cases/{id}/history")] HttpRequest request) => pipeline.RunAsync(request);
}
