namespace DisclosureRequests.Cases;

/// <summary>A deadline or reminder that the case's state implies, due at an instant.</summary>
public sealed record CaseTimer(string Id, TimerKind Kind, DateTimeOffset DueAt, string? ConsultationId = null, int WorkingDaysLeft = 0);

public enum TimerKind
{
    ClarificationWindowReminder,
    ReplyReminder,
    OverdueEscalation,
    ClarificationLapse,
    FeeLapse,
    ConsultationSilence,
}
