namespace DisclosureRequests.Cases.Letters;

/// <summary>登记回执: the application is logged, with the reply date when the calendar already knows it.</summary>
public sealed record AcknowledgementLetter(DateOnly? ReplyDueOn, string Channel, string Description) : LetterContent;
