using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Intake;

public sealed class IntakeFunctions(HttpPipeline pipeline)
{
    [Function("FileApplication")]
    public Task FileApplication([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("RegisterApplication")]
    public Task RegisterApplication([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases")] HttpRequest request) => pipeline.RunAsync(request);
}
