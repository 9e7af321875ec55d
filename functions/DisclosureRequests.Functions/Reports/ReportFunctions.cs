using DisclosureRequests.Core.Reports;
using DisclosureRequests.Functions.Hosting;
using DisclosureRequests.Functions.Reports.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace DisclosureRequests.Functions.Reports;

public sealed class ReportFunctions(HttpPipeline pipeline, AnnualReportStore store, TimeProvider time)
{
    [Function("CompileAnnualReport")]
    public Task CompileAnnualReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/reports/annual/{year}")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        pipeline.RunAsync(WithCompiles(request, client));

    [Function("AnnualReportTable")]
    public Task AnnualReportTable([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/annual/{year}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("AnnualReportStatus")]
    public Task AnnualReportStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/annual/{year}/status")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        pipeline.RunAsync(WithCompiles(request, client));

    /// <summary>The report's orchestrations are reached through the client the host binds to the function, handed to the route as a feature.</summary>
    private HttpRequest WithCompiles(HttpRequest request, DurableTaskClient client)
    {
        request.HttpContext.Features.Set<IAnnualReportCompiles>(new DurableClientReportCompiles(client, store, time));
        return request;
    }
}
