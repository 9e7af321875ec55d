using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Attachments;

public sealed class DocumentFunctions(HttpPipeline pipeline)
{
    [Function("AttachFiles")]
    public Task AttachFiles([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests/{id}/attachments")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("ApplicationDocuments")]
    public Task ApplicationDocuments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/requests/{id}/documents")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("DownloadRelease")]
    public Task DownloadRelease([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/requests/{id}/releases/{name}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("StoreReleases")]
    public Task StoreReleases([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/releases")] HttpRequest request) => pipeline.RunAsync(request);
}
