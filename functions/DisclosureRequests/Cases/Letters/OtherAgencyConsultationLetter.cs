namespace DisclosureRequests.Cases.Letters;

/// <summary>征求意见函 to an agency that made the information with us (Art. 34).</summary>
public sealed record OtherAgencyConsultationLetter(
    string ConsultationId,
    string PartyName,
    string? PartyEmail,
    string? PartyAddress,
    string InformationDescription,
    DateOnly? SentOn,
    DateOnly? RespondBy)
    : ConsultationLetter(ConsultationId, PartyName, PartyEmail, PartyAddress, InformationDescription, SentOn, RespondBy);
