using DisclosureRequests.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace DisclosureRequests.Functions.Cases;

public sealed class CaseActionFunctions(HttpPipeline pipeline)
{
    [Function("CaseAssign")]
    public Task CaseAssign([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/assign")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseClarificationRequest")]
    public Task CaseClarificationRequest([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/clarification-request")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseThirdPartyConsultations")]
    public Task CaseThirdPartyConsultations([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/third-party-consultations")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseThirdPartyResponses")]
    public Task CaseThirdPartyResponses([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/third-party-responses")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseOtherAgencyConsultations")]
    public Task CaseOtherAgencyConsultations([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/other-agency-consultations")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseOtherAgencyResponses")]
    public Task CaseOtherAgencyResponses([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/other-agency-responses")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseExtensionRequest")]
    public Task CaseExtensionRequest([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/extension-request")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseExtensionApproval")]
    public Task CaseExtensionApproval([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/extension-approval")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseReplyDelay")]
    public Task CaseReplyDelay([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/reply-delay")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseFeeNotice")]
    public Task CaseFeeNotice([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/fee-notice")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseFeePayment")]
    public Task CaseFeePayment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/fee-payment")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseDraftReply")]
    public Task CaseDraftReply([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/draft-reply")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseLegalReview")]
    public Task CaseLegalReview([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/legal-review")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseApproval")]
    public Task CaseApproval([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/approval")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseReconsideration")]
    public Task CaseReconsideration([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/reconsideration")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseLitigation")]
    public Task CaseLitigation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/litigation")] HttpRequest request) => pipeline.RunAsync(request);

    [Function("CaseAccessCodeReissue")]
    public Task CaseAccessCodeReissue([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cases/{id}/access-code")] HttpRequest request) => pipeline.RunAsync(request);
}
