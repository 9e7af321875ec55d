using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Reports;

public sealed class AnnualReportDocumentFunctions(HttpPipeline pipeline)
{
    [Function("AnnualReportDocument")]
    public Task AnnualReportDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports/annual/{year}/document")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("SaveAnnualReportDocument")]
    public Task SaveAnnualReportDocument([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/reports/annual/{year}/document")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("PublishAnnualReportDocument")]
    public Task PublishAnnualReportDocument([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/reports/annual/{year}/document/publication")] HttpRequest request) => pipeline.RunAsync(request);
}
