namespace DisclosureRequests.Cases.Letters;

/// <summary>延迟答复告知书 (Art. 35): why the reply comes later, and by when.</summary>
public sealed record DelayNoticeLetter(string Reason, DateOnly? ReplyDueOn) : LetterContent;
