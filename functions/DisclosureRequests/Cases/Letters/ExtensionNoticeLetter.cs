namespace DisclosureRequests.Cases.Letters;

/// <summary>延期答复告知书 (Art. 33): the working days added, why, and the new reply date when it is known.</summary>
public sealed record ExtensionNoticeLetter(int WorkingDays, string Reason, DateOnly? ReplyDueOn) : LetterContent;
