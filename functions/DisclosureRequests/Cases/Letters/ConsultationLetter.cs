namespace DisclosureRequests.Cases.Letters;

/// <summary>A written consultation of one party (Arts. 32 and 34), sent to its e-mail address or posted to its address.</summary>
public abstract record ConsultationLetter(
    string ConsultationId,
    string PartyName,
    string? PartyEmail,
    string? PartyAddress,
    string InformationDescription,
    DateOnly? SentOn,
    DateOnly? RespondBy) : LetterContent;
