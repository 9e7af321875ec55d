namespace DisclosureRequests.Core.Intake;

/// <summary>
/// A letter the agency sent the applicant, with its delivery state and where to read it; for a paper letter, the day
/// it was posted or handed over and how.
/// </summary>
public sealed record ApplicantLetter(
    string Id, string Kind, string Title, DateTimeOffset? CreatedAt, DateTimeOffset? DeliveredAt, string Status, string Url,
    DateOnly? DispatchedOn = null, string? DispatchMethod = null);
