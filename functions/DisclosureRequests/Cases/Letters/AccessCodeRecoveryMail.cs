namespace DisclosureRequests.Cases.Letters;

/// <summary>
/// A new access code, sent to the applicant's confirmed address when they lost theirs. The outbox keeps only
/// <see cref="Nonce"/>; the code is derived from it with the server's secret as the mail is sent, so it is stored nowhere.
/// </summary>
public sealed record AccessCodeRecoveryMail(string Nonce, string? AccessCode = null) : LetterContent;
