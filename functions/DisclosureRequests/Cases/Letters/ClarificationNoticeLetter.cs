namespace DisclosureRequests.Cases.Letters;

/// <summary>补正告知书 (Art. 30): every point to supplement, one per entry, and the time given for it.</summary>
public sealed record ClarificationNoticeLetter(
    IReadOnlyList<string> Items,
    DateOnly? RequestedOn,
    DateOnly? ReplyBy,
    int? ReplyWithinWorkingDays) : LetterContent;
