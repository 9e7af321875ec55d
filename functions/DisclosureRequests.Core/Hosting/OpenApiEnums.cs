using System.Text.Json.Nodes;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Staff;
using DisclosureRequests.Fees;
using DisclosureRequests.Intake;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// Lists every code set the API takes or returns as an <c>enum</c> on the string properties and query parameters that
/// carry it. The codes are the very lists the validation checks against, so the document cannot drift from the rules.
/// </summary>
public static class OpenApiEnums
{
    /// <summary>By the .NET type a property belongs to and its JSON name.</summary>
    public static IReadOnlyDictionary<(Type Type, string Property), IReadOnlyList<string>> Properties { get; } =
        new Dictionary<(Type, string), IReadOnlyList<string>>
        {
            [(typeof(ApplicantRequest), "type")] = ApplicantTypes.All,
            [(typeof(ApplicationRequest), "format")] = ApplicationRules.Formats,
            [(typeof(ApplicationRequest), "delivery")] = ApplicationRules.Deliveries,
            [(typeof(ApplicationRequest), "channel")] = ApplicationRules.Channels,
            [(typeof(DraftReplyBody), "outcome")] = ReplyOutcomes.Outcomes,
            [(typeof(DraftReplyBody), "reason")] = ReplyOutcomes.DraftableReasons,
            [(typeof(WithheldPart), "reason")] = ReplyOutcomes.WithheldReasons,
            [(typeof(DecisionBody), "decision")] = CaseCommand.Decisions,
            [(typeof(ExtensionApprovalBody), "decision")] = ExtensionRequest.Decisions,
            [(typeof(ConsultationResponseBody), "response")] = Consultation.RecordedResponses,
            [(typeof(FeeNoticeBody), "basis")] = FeeBasisCodes.All,
            [(typeof(ReconsiderationBody), "result")] = RemedyRecord.Results,
            [(typeof(LitigationBody), "route")] = RemedyRecord.Routes,
            [(typeof(LitigationBody), "result")] = RemedyRecord.Results,
            [(typeof(LetterDispatchBody), "method")] = LetterDispatch.Methods,
            [(typeof(StaffMemberBody), "roles")] = Roles.All,

            [(typeof(SubmissionReceipt), "status")] = CaseStatusCodes.All,
            [(typeof(ApplicationView), "status")] = CaseStatusCodes.All,
            [(typeof(ApplicationView), "channel")] = ApplicationRules.Channels,
            [(typeof(ApplicationView), "applicantType")] = ApplicantTypes.All,
            [(typeof(ApplicationView), "format")] = ApplicationRules.Formats,
            [(typeof(ApplicationView), "delivery")] = ApplicationRules.Deliveries,
            [(typeof(Applicant), "type")] = ApplicantTypes.All,
            [(typeof(ApplicationDetails), "format")] = ApplicationRules.Formats,
            [(typeof(ApplicationDetails), "delivery")] = ApplicationRules.Deliveries,
            [(typeof(CaseView), "status")] = CaseStatusCodes.All,
            [(typeof(CaseView), "channel")] = ApplicationRules.Channels,
            [(typeof(WorklistItem), "status")] = CaseStatusCodes.All,
            [(typeof(WorklistItem), "applicantType")] = ApplicantTypes.All,
            [(typeof(Consultation), "response")] = Consultation.Responses,
            [(typeof(ExtensionRequest), "decision")] = ExtensionRequest.Decisions,
            [(typeof(DraftReply), "outcome")] = ReplyOutcomes.Outcomes,
            [(typeof(DraftReply), "reason")] = ReplyOutcomes.DraftableReasons,
            [(typeof(Conclusion), "outcome")] = ReplyOutcomes.Outcomes,
            [(typeof(Conclusion), "reason")] = ReplyOutcomes.Reasons,
            [(typeof(RemedyRecord), "result")] = RemedyRecord.Results,
            [(typeof(RemedyRecord), "route")] = RemedyRecord.Routes,
            [(typeof(LetterDispatch), "method")] = LetterDispatch.Methods,
        };

    /// <summary>By route (as the document writes it) and parameter name.</summary>
    public static IReadOnlyDictionary<(string Path, string Parameter), IReadOnlyList<string>> QueryParameters { get; } =
        new Dictionary<(string, string), IReadOnlyList<string>>
        {
            [("/api/cases", "status")] = CaseStatusCodes.All,
        };

    public static OpenApiOptions AddCodeSets(this OpenApiOptions options) => options
        .AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo is { } property && Properties.TryGetValue((property.DeclaringType, property.Name), out var codes))
                List(schema.Items is OpenApiSchema items ? items : schema, codes);
            return Task.CompletedTask;
        })
        .AddOperationTransformer((operation, context, _) =>
        {
            var path = "/" + context.Description.RelativePath?.TrimEnd('/');
            foreach (var parameter in operation.Parameters ?? [])
                if (parameter is { In: ParameterLocation.Query, Name: { } name, Schema: OpenApiSchema schema }
                    && QueryParameters.TryGetValue((path, name), out var codes))
                    List(schema, codes);
            return Task.CompletedTask;
        });

    private static void List(OpenApiSchema schema, IReadOnlyList<string> codes) =>
        schema.Enum = [.. codes.Select(code => (JsonNode)JsonValue.Create(code))];
}
