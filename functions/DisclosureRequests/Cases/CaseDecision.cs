namespace DisclosureRequests.Cases;

/// <summary>What the aggregate answers to a command: the change to write, or a refusal that changes nothing.</summary>
public abstract record CaseDecision
{
    public sealed record Accepted(CaseState State, IReadOnlyList<CaseEvent> Events, IReadOnlyList<OutboxItem> Outbox) : CaseDecision;

    public sealed record Refused(RefusalKind Kind, string Code, string Detail) : CaseDecision;
}

public enum RefusalKind
{
    /// <summary>Not at this stage of the case (409).</summary>
    NotAllowedNow,

    /// <summary>Not by this person: role or four-eyes (403).</summary>
    Forbidden,

    /// <summary>The command itself is malformed (400).</summary>
    Invalid,
}
