namespace DisclosureRequests.Cases.Letters;

/// <summary>督办: the reply period has run out; the approvers hear how long ago and who has the case.</summary>
public sealed record OverdueEscalationMail(IReadOnlyList<string> Recipients, DateOnly? ReplyDueOn, int WorkingDaysOverdue, string? Assignee)
    : StaffReminder(Recipients);
