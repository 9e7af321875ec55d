namespace DisclosureRequests.Cases.Letters;

/// <summary>征求第三方意见书 (Art. 32).</summary>
public sealed record ThirdPartyConsultationLetter(
    string ConsultationId,
    string PartyName,
    string? PartyEmail,
    string? PartyAddress,
    string InformationDescription,
    DateOnly? SentOn,
    DateOnly? RespondBy)
    : ConsultationLetter(ConsultationId, PartyName, PartyEmail, PartyAddress, InformationDescription, SentOn, RespondBy);
