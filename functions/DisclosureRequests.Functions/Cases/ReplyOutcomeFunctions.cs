using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Cases;

public sealed class ReplyOutcomeFunctions(HttpPipeline pipeline)
{
    [Function("ReplyOutcomes")]
    public Task ReplyOutcomes([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reply-outcomes")] HttpRequest request) => pipeline.RunAsync(request);
}
