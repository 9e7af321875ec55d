namespace DisclosureRequests.Core.Cases;

/// <summary>
/// One row of the worklist. <see cref="ReplyDueOn"/> is null while the due date is not known (a pause, or a year whose
/// holiday notice is not yet published: <see cref="ClockUnavailable"/>); <see cref="RankDate"/> is what the list is
/// ordered by, the due date or else the earliest it could fall on; <see cref="ReplyDueOnEstimate"/> is the
/// weekends-only estimate shown while a year's holiday notice is missing.
/// </summary>
public sealed record WorklistItem(
    string Id,
    string TrackingNumber,
    string Status,
    string? Assignee,
    string ApplicantType,
    string ApplicantName,
    string Summary,
    DateOnly ReceivedOn,
    DateOnly? ReplyDueOn,
    DateOnly? ReplyDueOnEstimate,
    DateOnly RankDate,
    int? WorkingDaysLeft,
    string Clock,
    string? ClockUnavailable);
