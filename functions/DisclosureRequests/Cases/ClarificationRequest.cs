namespace DisclosureRequests.Cases;

/// <summary>
/// Art. 30: the one notice telling the applicant what to supplement, and by when: <see cref="ReplyBy"/>, or, while
/// that day falls in a year whose holiday notice is not published, <see cref="ReplyWithinWorkingDays"/> from
/// <see cref="RequestedOn"/>.
/// </summary>
public sealed record ClarificationRequest(
    IReadOnlyList<string> Items,
    DateOnly RequestedOn,
    DateOnly? ReplyBy,
    string RequestedBy,
    DateOnly? AnsweredOn = null,
    string? Answer = null,
    int? ReplyWithinWorkingDays = null);
