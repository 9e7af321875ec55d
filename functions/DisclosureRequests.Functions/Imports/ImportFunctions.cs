using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Imports;

public sealed class ImportFunctions(HttpPipeline pipeline)
{
    [Function("ImportCases")]
    public Task ImportCases([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/imports/cases")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("ImportTemplate")]
    public Task ImportTemplate([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/imports/cases/template")] HttpRequest request) => pipeline.RunAsync(request);
}
