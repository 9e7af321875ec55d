namespace DisclosureRequests.Cases.Letters;

/// <summary>
/// 征求意见函 to an agency that made the information with us (Art. 34), or, with the purpose
/// <see cref="Consultation.SecrecyReview"/>, to the department asked to determine whether it may be disclosed (Art. 17).
/// </summary>
public sealed record OtherAgencyConsultationLetter(
    string ConsultationId,
    string PartyName,
    string? PartyEmail,
    string? PartyAddress,
    string InformationDescription,
    DateOnly? SentOn,
    DateOnly? RespondBy,
    string? Purpose = null)
    : ConsultationLetter(ConsultationId, PartyName, PartyEmail, PartyAddress, InformationDescription, SentOn, RespondBy);
