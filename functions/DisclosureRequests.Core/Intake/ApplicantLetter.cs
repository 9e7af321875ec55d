namespace DisclosureRequests.Core.Intake;

/// <summary>
/// A letter the agency sent the applicant, with its delivery state and where to read it; for a paper letter, how it
/// went and the day of its latest step: handed over, signed for, or else posted.
/// </summary>
public sealed record ApplicantLetter(
    string Id, string Kind, string Title, DateTimeOffset? CreatedAt, DateTimeOffset? DeliveredAt, string Status, string Url,
    DateOnly? DispatchedOn = null, string? DispatchMethod = null);
