namespace DisclosureRequests.Cases.Letters;

/// <summary>
/// A letter to one consulted party (Arts. 32 and 34) — the consultation itself, or the decision to disclose over its
/// objection — sent to its e-mail address or posted to its address.
/// </summary>
public abstract record ConsultationLetter(
    string ConsultationId,
    string PartyName,
    string? PartyEmail,
    string? PartyAddress,
    string InformationDescription,
    DateOnly? SentOn,
    DateOnly? RespondBy) : LetterContent;
