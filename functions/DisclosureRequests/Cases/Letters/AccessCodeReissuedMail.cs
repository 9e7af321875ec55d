namespace DisclosureRequests.Cases.Letters;

/// <summary>
/// Tells the applicant's confirmed address that an officer gave a new access code, without the code: someone who
/// talked the agency into it would be noticed by the one person who knows they did not ask.
/// </summary>
public sealed record AccessCodeReissuedMail(DateOnly? ReissuedOn) : LetterContent;
