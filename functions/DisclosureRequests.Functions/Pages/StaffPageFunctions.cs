using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Pages;

public sealed class StaffPageFunctions(HttpPipeline pipeline)
{
    [Function("StaffWorklistPage")]
    public Task StaffWorklistPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("StaffCasePage")]
    public Task StaffCasePage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff/cases/{id}")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("StaffPrintPage")]
    public Task StaffPrintPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff/print")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("StaffAdminPage")]
    public Task StaffAdminPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff/admin")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("StaffSignIn")]
    public Task StaffSignIn([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff/sign-in")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("DevelopmentSignInPage")]
    public Task DevelopmentSignInPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "staff/dev-sign-in")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("DevelopmentSignIn")]
    public Task DevelopmentSignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/dev-sign-in")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("DevelopmentSignOut")]
    public Task DevelopmentSignOut([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/dev-sign-out")] HttpRequest request) => pipeline.RunAsync(request);
}
