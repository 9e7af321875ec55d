using DisclosureRequests.Cases.Letters;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    private static CaseDecision Draft(CaseState state, CaseCommand.Draft command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer) ?? RequiresStatus(state, CaseStatus.InProgress)) is { } refused) return refused;
        var withheld = command.Withheld ?? [];
        if (ReplyOutcomes.Check(command.Outcome, command.Reason, withheld, state) is { } problem) return Invalid("outcome", problem.Chinese, problem.English);
        if (IsBlank(command.Summary) || command.Summary.Length > 8000) return Invalid("summary", "请填写答复的具体内容，不超过8000字。", "Write the reply's substance, under 8000 characters.");
        if (ResponsibleAgencyProblem(command) is { } agencyProblem) return agencyProblem;
        if (AccessRouteProblem(command) is { } routeProblem) return routeProblem;
        if (ObjectionOverrideProblem(state, command) is { } objectionProblem) return objectionProblem;

        return new CaseChange(state, context)
            .Set(s => s with
            {
                Status = CaseStatus.InLegalReview,
                Draft = new DraftReply(command.Outcome, command.Reason, command.Summary.Trim(), withheld, NullIfBlank(command.ResponsibleAgency),
                    context.Actor.Id, context.Today, ResponsibleAgencyContact: NullIfBlank(command.ResponsibleAgencyContact),
                    AccessRoute: NullIfBlank(command.AccessRoute), OverriddenObjections: Trimmed(command.OverriddenObjections)),
            })
            .Record("reply-drafted", new() { ["outcome"] = command.Outcome, ["reason"] = command.Reason ?? "" })
            .Done();
    }

    /// <summary>Art. 17: every reply passes a confidentiality and legality review by someone other than its drafter.</summary>
    private static CaseDecision LegalReview(CaseState state, CaseCommand.LegalReview command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.LegalReviewer) ?? RequiresStatus(state, CaseStatus.InLegalReview)) is { } refused) return refused;
        if (state.Draft!.DraftedBy == context.Actor.Id) return Forbidden("four-eyes", "答复的起草人不能审查本人起草的答复。", "The drafter of a reply cannot review it.");
        if (ReturnWithoutReasons(command.Decision, command.Comments) is { } invalid) return invalid;

        var change = new CaseChange(state, context);
        return command.Decision == CaseCommand.Approve
            ? change.Set(s => s with { Status = CaseStatus.AwaitingApproval, Draft = s.Draft! with { LegalReviewedBy = context.Actor.Id } })
                .Record("legal-review-passed", Comments(command.Comments)).Done()
            : change.Set(s => s with { Status = CaseStatus.InProgress })
                .Record("legal-review-returned", Comments(command.Comments)).Done();
    }

    /// <summary>The head of the disclosure office signs the reply: never its drafter nor its reviewer.</summary>
    private static CaseDecision Approve(CaseState state, CaseCommand.Approval command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.Approver) ?? RequiresStatus(state, CaseStatus.AwaitingApproval)) is { } refused) return refused;
        var draft = state.Draft!;
        if (draft.DraftedBy == context.Actor.Id || draft.LegalReviewedBy == context.Actor.Id)
            return Forbidden("four-eyes", "答复的审批人不能是该答复的起草人或审查人。", "The approver of a reply can be neither its drafter nor its legal reviewer.");
        if (ReturnWithoutReasons(command.Decision, command.Comments) is { } invalid) return invalid;

        var change = new CaseChange(state, context);
        if (command.Decision == CaseCommand.Return)
            return change.Set(s => s with { Status = CaseStatus.InProgress }).Record("approval-returned", Comments(command.Comments)).Done();

        change
            .Set(s => s with
            {
                Status = CaseStatus.Replied,
                Conclusion = new Conclusion(draft.Outcome, draft.Reason, context.Today),
                Clock = s.Clock.Stop(Max(context.Today, s.Clock.PeriodStartsOn)),
            })
            .Record("replied", new() { ["outcome"] = draft.Outcome, ["reason"] = draft.Reason ?? "", ["approvedBy"] = context.Actor.Id })
            .Send("applicant", new ReplyLetter(draft.Outcome, draft.Reason, draft.Summary, context.Today, draft.Withheld, command.ReleasedDocuments ?? [],
                draft.ResponsibleAgency, draft.ResponsibleAgencyContact, state.Clarification?.Answer, state.Clarification?.AnsweredOn,
                AccessRoute: draft.AccessRoute));
        return TellOverriddenThirdParties(change, state, draft, context).Done();
    }

    /// <summary>
    /// Art. 36(4) (the agency searched and holds nothing) and 36(5) (another agency is responsible) are different
    /// answers: naming the responsible agency, with how to reach it, is what makes a not-held reply the latter.
    /// </summary>
    private static CaseDecision.Refused? ResponsibleAgencyProblem(CaseCommand.Draft command)
    {
        var agency = NullIfBlank(command.ResponsibleAgency);
        var contact = NullIfBlank(command.ResponsibleAgencyContact);
        if (agency is null && contact is null) return null;
        if (command.Outcome != "unavailable" || command.Reason != "not-held")
            return Invalid("responsibleAgency", "只有在告知该信息不属于本机关负责公开时（条例第三十六条第（五）项）才写明负责公开的机关。", "Name a responsible agency only in a reply that the information is not this agency's (unavailable, not-held; Art. 36(5)).");
        if (agency is null || agency.Length > 200) return Invalid("responsibleAgency", "请写明负责公开该信息的行政机关名称，不超过200字。", "Name the agency responsible, under 200 characters.");
        if (contact is null || contact.Length > 500) return Invalid("responsibleAgencyContact", "请写明负责公开该信息的行政机关的联系方式（地址、电话或网站），不超过500字。", "Give the responsible agency's contact details (address, telephone or website), under 500 characters.");
        return null;
    }

    /// <summary>
    /// Art. 36(1) (already public) and Art. 39(2) (a publication) do not give the information but tell the applicant
    /// how and where to obtain it, so those replies name the route, and no other reply does.
    /// </summary>
    private static CaseDecision.Refused? AccessRouteProblem(CaseCommand.Draft command)
    {
        var route = NullIfBlank(command.AccessRoute);
        if (!ReplyOutcomes.NamesAccessRoute(command.Outcome, command.Reason))
            return route is null ? null
                : Invalid("accessRoute", "只有在告知信息已经主动公开（条例第三十六条第（一）项）或属于公开出版物（条例第三十九条第二款）时才写明获取的方式和途径。",
                    "Give a route to obtain the information only in a reply that it is already public (disclosed, already-public; Art. 36(1)) or a publication (not-processed, publication; Art. 39(2)).");
        if (route is null || route.Length > 500)
            return Invalid("accessRoute", "请写明获取该信息的方式和途径（如网站栏目及网址、公报期号、查阅地点），不超过500字。",
                "Say how and where to obtain the information (a web page, a gazette issue, a reading room), under 500 characters.");
        return null;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static CaseDecision.Refused? ReturnWithoutReasons(string decision, string? comments) =>
        !CaseCommand.Decisions.Contains(decision) ? Invalid("decision", "决定应为通过或退回。", "The decision is approve or return.")
        : decision == CaseCommand.Return && IsBlank(comments) ? Invalid("comments", "退回时须写明理由。", "A return records the reasons for it.")
        : null;
}
