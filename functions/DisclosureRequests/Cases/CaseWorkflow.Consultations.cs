using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// Art. 32 (third parties) and Art. 34 (agencies that made the information with us): consult in writing; the time
    /// they take is not counted in the reply period.
    /// </summary>
    private static CaseDecision Consult(
        CaseState state, PauseKind kind, IReadOnlyList<Party>? parties, string? purpose, string? information, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer)
            ?? RequiresStatus(state, CaseStatus.InProgress, CaseStatus.AwaitingThirdParty, CaseStatus.AwaitingOtherAgency)) is { } refused)
            return refused;
        parties ??= [];
        if (parties.Count is 0 or > 20) return Invalid("parties", "请列明1至20个征求意见的对象。", "Name between 1 and 20 parties to consult.");
        if (parties.Any(p => IsBlank(p.Name) || (IsBlank(p.Email) && IsBlank(p.Address))))
            return Invalid("parties", "每个征求意见对象都须写明名称以及电子邮箱或通信地址。", "Each party needs a name and an e-mail or postal address.");
        purpose = NullIfBlank(purpose);
        if (purpose is not null && (kind != PauseKind.OtherAgencyConsultation || purpose != Consultation.SecrecyReview))
            return Invalid("purpose", "只有报请有关主管部门或者保密行政管理部门确定能否公开（条例第十七条）时才写明征求意见的目的，其值为 secrecy-review。",
                "Only a consultation of agencies takes a purpose, and the only one is secrecy-review (Art. 17).");
        information = NullIfBlank(information);
        if (information?.Length > Consultation.MaxInformationLength)
            return Invalid("information", $"征求意见所涉及的政府信息不超过{Consultation.MaxInformationLength}字。",
                $"Name the information the parties are asked about in under {Consultation.MaxInformationLength} characters.");

        var respondBy = CaseClock.KnownResponseDueOn(context.Calendar, context.Today, kind == PauseKind.ThirdPartyConsultation
            ? StatutoryPeriods.ThirdPartyResponseWorkingDays
            : StatutoryPeriods.OtherAgencyResponseWorkingDays);
        var next = state.Consultations.Count;
        // Each party's letter is the change's next one, in order; one going by post counts from the day it is signed for.
        var change = new CaseChange(state, context);
        var added = parties.Select((p, i) =>
        {
            var byEmail = HasEmailAddress(p.Email);
            var service = new LetterService(change.ItemIdAt(i + 1), byEmail ? context.Today : null, byEmail);
            return new Consultation($"c{next + i + 1}", kind, p with { Name = p.Name.Trim() }, context.Today, service.IsPending ? null : respondBy,
                Purpose: purpose, Information: information, Service: service);
        }).ToArray();
        var alreadyPaused = state.Consultations.Any(c => c.IsOpen && c.Kind == kind);

        change.Set(s =>
        {
            var consulting = s with
            {
                Consultations = [.. s.Consultations, .. added],
                Clock = alreadyPaused ? s.Clock : s.Clock.Pause(kind, context.Today),
            };
            return consulting with { Status = consulting.WorkingStatus() };
        });
        var details = new Dictionary<string, string> { ["parties"] = string.Join("、", added.Select(c => c.Party.Name)) };
        if (added.All(c => c.RespondBy is not null)) details["respondBy"] = Dates.Format(respondBy);
        if (purpose is not null) details["purpose"] = purpose;
        if (information is not null) details["information"] = information;
        change.Record(kind == PauseKind.ThirdPartyConsultation ? "third-parties-consulted" : "other-agencies-consulted", details);
        foreach (var consultation in added)
        {
            var (id, party, description) = (consultation.Id, consultation.Party, information ?? state.Application.Description);
            change.Send(kind == PauseKind.ThirdPartyConsultation ? "third-party" : "other-agency", kind == PauseKind.ThirdPartyConsultation
                ? new ThirdPartyConsultationLetter(id, party.Name, party.Email, party.Address, description, context.Today, consultation.RespondBy)
                : new OtherAgencyConsultationLetter(id, party.Name, party.Email, party.Address, description, context.Today, consultation.RespondBy, purpose));
        }
        return change.Done();
    }

    private static CaseDecision RecordResponse(CaseState state, CaseCommand.RecordConsultationResponse command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer) ?? RequiresOpen(state)) is { } refused) return refused;
        var consultation = state.Consultations.FirstOrDefault(c => c.Id == command.ConsultationId);
        if (consultation is null) return Invalid("consultationId", $"该申请没有编号为{command.ConsultationId}的征求意见。", $"No consultation {command.ConsultationId} on this case.");
        if (!consultation.IsOpen) return NotNow("already-answered", $"{consultation.Party.Name}已经答复。", $"{consultation.Party.Name} has already answered.");
        if (!Consultation.RecordedResponses.Contains(command.Response))
            return Invalid("response", "答复意见应为同意或不同意。", "The response is consent or objection.");
        if (command.Response == Consultation.Objection && IsBlank(command.Reasons))
            return Invalid("reasons", "请记录第三方不同意公开的理由（条例第三十二条）。", "Record the reasons the party gave for objecting (Art. 32).");

        return new CaseChange(state, context)
            .Set(s => WithResponse(s, consultation, command.Response, command.Reasons?.Trim(), context.Today))
            .Record(consultation.Kind == PauseKind.ThirdPartyConsultation ? "third-party-responded" : "other-agency-responded",
                new() { ["consultationId"] = consultation.Id, ["party"] = consultation.Party.Name, ["response"] = command.Response })
            .Done();
    }

    /// <summary>Records an answer (or silence) and resumes the clock once no party of that kind is still awaited.</summary>
    private static CaseState WithResponse(CaseState state, Consultation consultation, string response, string? reasons, DateOnly on)
    {
        var stillOpen = state.Consultations.Any(c => c.IsOpen && c.Kind == consultation.Kind && c.Id != consultation.Id);
        var answered = state with
        {
            Consultations = state.Consultations
                .Select(c => c.Id == consultation.Id ? c with { RespondedOn = on, Response = response, Reasons = reasons } : c)
                .ToArray(),
            Clock = stillOpen ? state.Clock : state.Clock.Resume(consultation.Kind, on),
        };
        return answered with { Status = answered.WorkingStatus() };
    }
}
