using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Reports;

public sealed class ReportFunctions(HttpPipeline pipeline)
{
    [Function("CompileAnnualReport")]
    public Task CompileAnnualReport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/reports/annual/{year}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("AnnualReportTable")]
    public Task AnnualReportTable([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/annual/{year}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("AnnualReportStatus")]
    public Task AnnualReportStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/annual/{year}/status")] HttpRequest request) => pipeline.RunAsync(request);
}
