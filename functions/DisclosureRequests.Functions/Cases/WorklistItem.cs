namespace DisclosureRequests.Functions.Cases;

public sealed record WorklistItem(
    string Id,
    string TrackingNumber,
    string Status,
    string? Assignee,
    string ApplicantType,
    DateOnly ReceivedOn,
    DateOnly? ReplyDueOn,
    DateOnly? ReplyDueOnEstimate,
    int? WorkingDaysLeft,
    string Clock);
