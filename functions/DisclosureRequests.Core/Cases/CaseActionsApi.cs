using DisclosureRequests.Cases;
using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Fees;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Cases;

/// <summary><c>POST /api/cases/{id}/{action}</c>: every step an officer takes on a case, each open to the roles that take it.</summary>
public static class CaseActionsApi
{
    public static IEndpointRouteBuilder MapCaseActionsApi(this IEndpointRouteBuilder endpoints)
    {
        var app = endpoints.MapGroup("/api/cases/{id}").WithTags("Cases");
        Action<AssignBody>(app, "assign", Roles.CaseOfficer, "Assign the case to an officer (triage)",
            b => new CaseCommand.Assign(b.Assignee ?? ""));
        Action<ClarificationRequestBody>(app, "clarification-request", Roles.CaseOfficer, "Ask the applicant once to clarify (Art. 30)",
            b => new CaseCommand.RequestClarification(b.Items ?? [], b.ReplyWithinWorkingDays));
        Action<ConsultationsBody>(app, "third-party-consultations", Roles.CaseOfficer, "Consult third parties in writing (Art. 32)",
            b => new CaseCommand.ConsultThirdParties(b.Parties ?? [], b.Purpose, b.Information));
        Action<ConsultationResponseBody>(app, "third-party-responses", Roles.CaseOfficer, "Record a third party's answer",
            b => new CaseCommand.RecordConsultationResponse(b.ConsultationId ?? "", b.Response ?? "", b.Reasons));
        Action<ConsultationsBody>(app, "other-agency-consultations", Roles.CaseOfficer,
            "Consult the agencies that produced the information (Art. 34), or with purpose secrecy-review ask the competent department or secrecy administration to determine whether it may be disclosed (Art. 17)",
            b => new CaseCommand.ConsultOtherAgencies(b.Parties ?? [], b.Purpose, b.Information));
        Action<ConsultationResponseBody>(app, "other-agency-responses", Roles.CaseOfficer, "Record another agency's answer",
            b => new CaseCommand.RecordConsultationResponse(b.ConsultationId ?? "", b.Response ?? "", b.Reasons));
        Action<ExtensionRequestBody>(app, "extension-request", Roles.CaseOfficer, "Ask the head of the office for an extension (Art. 33)",
            b => new CaseCommand.RequestExtension(b.WorkingDays ?? 0, b.Reason ?? ""));
        Action<ExtensionApprovalBody>(app, "extension-approval", Roles.Approver, "Approve or refuse the extension (Art. 33)",
            b => new CaseCommand.DecideExtension(b.Decision ?? "", b.Comments));
        Action<ReplyDelayBody>(app, "reply-delay", Roles.Approver, "Set a later reply date for an application reasonable but too large for the period (Art. 35)",
            b => new CaseCommand.DelayReply(b.ReplyBy, b.Reason ?? ""));
        Action<FeeNoticeBody>(app, "fee-notice", Roles.CaseOfficer, "Issue a processing fee notice (Art. 42); earlier items this month are counted by the system",
            (b, lookups) => FeeNotice(b, lookups),
            b => FeeBasisCodes.TryParse(b.Basis, out _) ? null : "fee-basis");
        Action<FeePaymentBody>(app, "fee-payment", Roles.CaseOfficer, "Record the fee payment",
            b => new CaseCommand.RecordFeePayment(b.Amount ?? -1));
        Action<DraftReplyBody>(app, "draft-reply", Roles.CaseOfficer, "Draft the reply with its outcome and reason codes (Art. 36)",
            b => new CaseCommand.Draft(b.Outcome ?? "", string.IsNullOrWhiteSpace(b.Reason) ? null : b.Reason, b.Summary ?? "", b.Withheld ?? [], b.ResponsibleAgency, b.ResponsibleAgencyContact,
                b.AccessRoute, b.OverriddenObjections));
        Action<DecisionBody>(app, "legal-review", Roles.LegalReviewer, "Confidentiality and legality review of the draft (Art. 17)",
            b => new CaseCommand.LegalReview(b.Decision ?? "", b.Comments));
        Action<DecisionBody>(app, "approval", Roles.Approver, "Approve the reply (sends it, naming the released documents) or return it",
            (b, context) => new CaseCommand.Approval(b.Decision ?? "", b.Comments, context.ReleasedDocuments));
        Action<ReconsiderationBody>(app, "reconsideration", Roles.Administrator, "Record an administrative reconsideration's result",
            b => new CaseCommand.RecordReconsideration(b.Result ?? ""));
        Action<LitigationBody>(app, "litigation", Roles.Administrator, "Record an administrative lawsuit's result",
            b => new CaseCommand.RecordLitigation(b.Route ?? "", b.Result ?? ""));
        return endpoints;
    }

    private static CaseCommand FeeNotice(FeeNoticeBody body, Lookups lookups)
    {
        FeeBasisCodes.TryParse(body.Basis, out var basis);
        return new CaseCommand.IssueFeeNotice(basis, body.Units ?? 0, basis == FeeBasis.Items ? lookups.PriorItemsThisMonth : 0);
    }

    private static void Action<TBody>(IEndpointRouteBuilder app, string action, string role, string summary, Func<TBody, CaseCommand> command)
        where TBody : class =>
        Action<TBody>(app, action, role, summary, (body, _) => command(body));

    /// <summary>What the system looks up for a command, so officers need not restate it.</summary>
    private sealed record Lookups(int PriorItemsThisMonth, IReadOnlyList<string> ReleasedDocuments);

    private static void Action<TBody>(IEndpointRouteBuilder app, string action, string role, string summary,
        Func<TBody, Lookups, CaseCommand> command, Func<TBody, string?>? precheck = null)
        where TBody : class =>
        app.MapPost($"/{action}", async Task<Results<Ok<CaseView>, ProblemHttpResult>> (
                string id, [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
                [FromHeader(Name = CaseVersionCondition.HeaderName)] string? ifMatchHeader, [AsParameters] CaseApiServices services,
                HttpContext context, CancellationToken ct) =>
            {
                var (key, badKey) = IdempotencyKeys.Check(idempotencyKey, context);
                if (badKey is not null) return badKey;
                var (ifMatch, badTag) = CaseVersionCondition.Read(ifMatchHeader, context);
                if (badTag is not null) return badTag;
                var (body, problem) = await JsonBody.ReadAsync<TBody>(context, ct);
                if (problem is not null) return problem;
                if (body is AssignBody assign)
                {
                    // An assignment names a person of the directory, never free text.
                    var member = await services.Staff.FindAsync(assign.Assignee ?? "", ct);
                    if (member?.Holds(Roles.CaseOfficer) != true)
                        return Problem.Validation(context, new Dictionary<string, string[]>
                        {
                            ["assignee"] = [FieldMessages.For("assignee-not-in-directory", Problem.PrefersEnglish(context))],
                        });
                    body = (TBody)(object)(assign with { Assignee = member.Id });
                }
                if (precheck?.Invoke(body!) is { } invalid)
                    return Problem.Validation(context, new Dictionary<string, string[]> { ["body"] = [FieldMessages.For(invalid, Problem.PrefersEnglish(context))] });
                var lookups = new Lookups(
                    action == "fee-notice" ? await services.MonthlyItems.CountBeforeAsync(id, ct) : 0,
                    action == "approval" ? (await services.Documents.ListAsync(id, CaseDocuments.Release, ct)).Select(d => d.FileName).ToArray() : []);
                var outcome = await services.Commands.ExecuteAsync(id, command(body!, lookups), Actors.Officer(context.User), key, ifMatch, ct);
                return CommandAnswers.Answer(context, outcome, services.Commands.View);
            })
            .AllowRoles(role)
            .WithName(action)
            .WithSummary(summary)
            .Accepts<TBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
