using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Intake;

public sealed class ApplicantActionFunctions(HttpPipeline pipeline)
{
    [Function("AnswerClarification")]
    public Task AnswerClarification([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests/{id}/clarification")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("WithdrawApplication")]
    public Task WithdrawApplication([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests/{id}/withdrawal")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("ConfirmApplicantEmail")]
    public Task ConfirmApplicantEmail([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests/{id}/email-confirmation")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("RecoverAccessCode")]
    public Task RecoverAccessCode([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/requests/access-code-recovery")] HttpRequest request) => pipeline.RunAsync(request);
}
