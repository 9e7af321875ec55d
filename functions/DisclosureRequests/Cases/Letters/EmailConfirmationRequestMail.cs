namespace DisclosureRequests.Cases.Letters;

/// <summary>Sent to an unconfirmed address in place of the acknowledgement: only the code that confirms it.</summary>
public sealed record EmailConfirmationRequestMail(string ConfirmationCode) : LetterContent;
