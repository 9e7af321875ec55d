namespace DisclosureRequests.Cases.Letters;

/// <summary>终止处理告知书: the applicant missed the clarification or the payment (reason code of （六）1 or （六）2).</summary>
public sealed record LapseNoticeLetter(string Reason, DateOnly? LapsedOn) : LetterContent;
