namespace DisclosureRequests.Core.Intake;

/// <summary>What the agency asked the applicant to supplement (Art. 30) and by when; who asked stays internal.</summary>
public sealed record ApplicantClarification(IReadOnlyList<string> Items, DateOnly RequestedOn, DateOnly? ReplyBy, DateOnly? AnsweredOn, int? ReplyWithinWorkingDays = null);
