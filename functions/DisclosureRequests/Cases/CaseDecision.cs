namespace DisclosureRequests.Cases;

/// <summary>What the aggregate answers to a command: the change to write, or a refusal that changes nothing.</summary>
public abstract record CaseDecision
{
    public sealed record Accepted(CaseState State, IReadOnlyList<CaseEvent> Events, IReadOnlyList<OutboxItem> Outbox) : CaseDecision;

    /// <summary><paramref name="Detail"/> is in English; <see cref="ChineseDetail"/> is what a person reads by default.</summary>
    public sealed record Refused(RefusalKind Kind, string Code, string Detail) : CaseDecision
    {
        public string ChineseDetail { get; init; } = Detail;

        public string In(bool english) => english ? Detail : ChineseDetail;
    }
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
