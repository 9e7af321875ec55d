namespace DisclosureRequests.Cases.Letters;

/// <summary>
/// 决定公开告知书 (Art. 32): a third party that objected is told in writing what the agency discloses over its
/// objection and why. Sent on <see cref="ConsultationLetter.SentOn"/>, the day the reply is approved.
/// </summary>
public sealed record ThirdPartyDisclosureDecisionLetter(
    string ConsultationId,
    string PartyName,
    string? PartyEmail,
    string? PartyAddress,
    string InformationDescription,
    DateOnly? SentOn,
    DateOnly? ConsultedOn,
    string Reasons)
    : ConsultationLetter(ConsultationId, PartyName, PartyEmail, PartyAddress, InformationDescription, SentOn, RespondBy: null);
