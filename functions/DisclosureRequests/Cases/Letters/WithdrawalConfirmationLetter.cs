namespace DisclosureRequests.Cases.Letters;

/// <summary>撤回确认书: the application is withdrawn and no longer handled.</summary>
public sealed record WithdrawalConfirmationLetter(DateOnly? WithdrawnOn) : LetterContent;
