using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Notifications;

public sealed class PaperLetterFunctions(HttpPipeline pipeline)
{
    [Function("PrintQueue")]
    public Task PrintQueue([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/print-queue")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("PostedLetters")]
    public Task PostedLetters([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/posted-letters")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("RecordLetterDispatch")]
    public Task RecordLetterDispatch([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/correspondence/{itemId}/dispatch")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("RecordLetterReceipt")]
    public Task RecordLetterReceipt([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/correspondence/{itemId}/receipt")] HttpRequest request) => pipeline.RunAsync(request);
}
