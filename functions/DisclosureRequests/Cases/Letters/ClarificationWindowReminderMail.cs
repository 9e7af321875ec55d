namespace DisclosureRequests.Cases.Letters;

/// <summary>A reminder that a clarification notice can only be sent within 7 working days of receipt (Art. 30).</summary>
public sealed record ClarificationWindowReminderMail(IReadOnlyList<string> Recipients, DateOnly? ClarificationNoticeDueOn)
    : StaffReminder(Recipients);
