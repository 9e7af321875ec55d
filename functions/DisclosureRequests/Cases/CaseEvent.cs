namespace DisclosureRequests.Cases;

/// <summary>One line of a case's audit history: who did what, when, and the state it moved from and to.</summary>
public sealed record CaseEvent(
    int Sequence,
    string Type,
    DateTimeOffset At,
    string Actor,
    CaseStatus From,
    CaseStatus To,
    IReadOnlyDictionary<string, string> Details);
