namespace DisclosureRequests.Cases.Letters;

/// <summary>A reminder to whoever holds the case that the reply is due, with its status code.</summary>
public sealed record OfficerReminderMail(IReadOnlyList<string> Recipients, DateOnly? ReplyDueOn, int WorkingDaysLeft, string Status)
    : StaffReminder(Recipients);
