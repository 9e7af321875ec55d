namespace DisclosureRequests.Clock;

/// <summary>
/// The reply period as it stands on a given day.
/// <see cref="ReplyDueOn"/> is null while paused (the due date is not known until the pause ends; a pause that
/// began after the due date had passed leaves it known and the case overdue) and when the calendar does not cover
/// the dates needed; then <see cref="Unavailable"/> says why:
/// <c>calendar-not-published:YYYY</c> (a year after the calendar's last) or <c>calendar-not-covered:YYYY</c>
/// (a year before its first).
/// <see cref="WorkingDaysLeft"/>: while running, working days after today through the due date, negative when
/// overdue; while paused, the count frozen when the pause began; when stopped, null.
/// </summary>
public sealed record ClockReading(ClockState State, DateOnly? ReplyDueOn, int? WorkingDaysLeft, string? Unavailable);
