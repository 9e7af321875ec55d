using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Staff;

public sealed class StaffFunctions(HttpPipeline pipeline)
{
    [Function("StaffDirectory")]
    public Task StaffDirectory([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/staff")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("SignedInStaff")]
    public Task SignedInStaff([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/staff/me")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("SaveStaffMember")]
    public Task SaveStaffMember([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/staff/{id}")] HttpRequest request) => pipeline.RunAsync(request);
}
