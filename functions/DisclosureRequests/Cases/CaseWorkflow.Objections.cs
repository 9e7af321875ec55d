using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    private const string OverriddenObjectionsField = "overriddenObjections";

    /// <summary>
    /// Art. 32: where a third party objected with reasons, the information is withheld, unless the agency decides to
    /// disclose it all the same — because withholding would seriously affect the public interest, or because the
    /// reasons do not hold — and then tells the third party in writing what it discloses and why. A reply that
    /// discloses everything names each objecting party so; a partial disclosure names those whose part it discloses.
    /// </summary>
    private static CaseDecision.Refused? ObjectionOverrideProblem(CaseState state, CaseCommand.Draft command)
    {
        var overrides = command.OverriddenObjections ?? [];
        var objections = state.Consultations.Where(IsObjection).ToList();
        if (overrides.Count > 0 && command.Outcome is not (ReplyOutcomes.Disclosed or ReplyOutcomes.PartiallyDisclosed))
            return Invalid(OverriddenObjectionsField, "只有予以公开或部分公开的答复才写明对第三方不同意公开的意见决定公开的理由。",
                "Only a reply that discloses gives reasons for disclosing over a third party's objection.");
        foreach (var entry in overrides)
        {
            var objection = objections.FirstOrDefault(c => c.Id == entry?.ConsultationId);
            if (objection is null)
                return Invalid(OverriddenObjectionsField, IsBlank(entry?.ConsultationId)
                        ? "请写明决定公开所针对的征求意见编号。"
                        : $"该申请没有编号为{entry!.ConsultationId}、第三方不同意公开的征求意见。",
                    $"No third party objected in a consultation '{entry?.ConsultationId}' on this case.");
            if (IsBlank(entry!.Reasons) || entry.Reasons.Trim().Length > ObjectionOverride.MaxReasonsLength)
                return Invalid(OverriddenObjectionsField, $"请写明对{objection.Party.Name}不同意公开的意见决定予以公开的理由，不超过{ObjectionOverride.MaxReasonsLength}字。",
                    $"Give the reasons for disclosing over {objection.Party.Name}'s objection, under {ObjectionOverride.MaxReasonsLength} characters.");
        }
        if (overrides.DistinctBy(o => o.ConsultationId).Count() != overrides.Count)
            return Invalid(OverriddenObjectionsField, "每个第三方的决定公开理由只写一次。", "Give the reasons for each third party once.");

        var unanswered = command.Outcome == ReplyOutcomes.Disclosed && command.Reason != ReplyOutcomes.AlreadyPublic
            ? objections.Where(c => overrides.All(o => o.ConsultationId != c.Id)).ToList()
            : [];
        return unanswered.Count == 0 ? null : Invalid(OverriddenObjectionsField,
            $"{string.Join("、", unanswered.Select(c => c.Party.Name))}不同意公开并说明了理由。第三方不同意公开且有合理理由的，不予公开；" +
            "决定予以公开的，请写明理由，本机关将书面告知第三方决定公开的政府信息内容和理由（条例第三十二条）。也可以答复部分公开，将涉及第三方的部分列为不予公开。",
            $"{string.Join(", ", unanswered.Select(c => c.Party.Name))} objected with reasons: give the reasons for disclosing all the same, which the third party is told in writing (Art. 32), or withhold its part in a partial disclosure.");
    }

    private static bool IsObjection(Consultation consultation) =>
        consultation.Kind == PauseKind.ThirdPartyConsultation && consultation.Response == Consultation.Objection;

    private static IReadOnlyList<ObjectionOverride> Trimmed(IReadOnlyList<ObjectionOverride>? overrides) =>
        [.. (overrides ?? []).Select(o => o with { Reasons = o.Reasons.Trim() })];

    /// <summary>With the reply, each third party whose objection it overrides is told in writing what is disclosed and why.</summary>
    private static CaseChange TellOverriddenThirdParties(CaseChange change, CaseState state, DraftReply draft, CaseContext context)
    {
        foreach (var entry in draft.OverriddenObjections ?? [])
        {
            var consultation = state.Consultations.First(c => c.Id == entry.ConsultationId);
            var party = consultation.Party;
            change
                .Record("third-party-told-of-disclosure", new() { ["consultationId"] = consultation.Id, ["party"] = party.Name })
                .Send("third-party", new ThirdPartyDisclosureDecisionLetter(consultation.Id, party.Name, party.Email, party.Address,
                    consultation.Information ?? state.Application.Description, context.Today, consultation.SentOn, entry.Reasons));
        }
        return change;
    }
}
