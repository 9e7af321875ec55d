namespace DisclosureRequests.Cases.Letters;

/// <summary>
/// 答复书: the outcome and reason codes of Arts. 36–39, the officer's summary (paragraphs, one per line), the parts
/// withheld from a partial disclosure (Art. 37), the documents released, and the request as clarified if it was.
/// </summary>
/// <param name="Description">The request as filed; the delivery adds it from the case when the item does not carry it.</param>
/// <param name="AccessRoute">How and where to obtain information already public (Art. 36(1)) or published (Art. 39(2)).</param>
public sealed record ReplyLetter(
    string Outcome,
    string? Reason,
    string Summary,
    DateOnly? RepliedOn,
    IReadOnlyList<WithheldPart> Withheld,
    IReadOnlyList<string> ReleasedDocuments,
    string? ResponsibleAgency = null,
    string? ResponsibleAgencyContact = null,
    string? ClarifiedRequest = null,
    DateOnly? ClarifiedOn = null,
    string? Description = null,
    string? AccessRoute = null) : LetterContent;
