using DisclosureRequests.Cases.Letters;

namespace DisclosureRequests.Cases;

/// <summary>Builds one accepted decision: the new state, its history lines (with the status moved from and to) and its outbox.</summary>
internal sealed class CaseChange
{
    private readonly CaseContext context;
    private readonly int nextVersion;
    private readonly List<CaseEvent> events = [];
    private readonly List<OutboxItem> outbox = [];
    private CaseStatus lastStatus;

    public CaseChange(CaseState before, CaseContext context)
    {
        this.context = context;
        nextVersion = before.Version + 1;
        lastStatus = before.Status;
        State = before;
    }

    public CaseState State { get; private set; }

    public CaseChange Set(Func<CaseState, CaseState> change)
    {
        State = change(State);
        return this;
    }

    public CaseChange Record(string type, Dictionary<string, string>? details = null)
    {
        var sequence = State.LastEventSequence + 1;
        events.Add(new CaseEvent(sequence, type, context.Now, context.Actor.Id, lastStatus, State.Status, details ?? []));
        State = State with { LastEventSequence = sequence };
        lastStatus = State.Status;
        return this;
    }

    /// <summary>The id the next letter sent in this change will have, for a record that must name it.</summary>
    public string NextItemId => ItemIdAt(1);

    /// <summary>The id of the <paramref name="n"/>th letter this change will send from now on.</summary>
    public string ItemIdAt(int n) => ItemId(State, nextVersion, outbox.Count + n);

    public CaseChange Send(string audience, LetterContent content)
    {
        outbox.Add(Item(State, nextVersion, outbox.Count + 1, audience, content));
        return this;
    }

    /// <summary>An outbox item with the facts every letter names; its id is unique and stable across retries.</summary>
    public static OutboxItem Item(CaseState state, int version, int number, string audience, LetterContent content) =>
        new(ItemId(state, version, number), audience, state.Id, state.TrackingNumber, state.Application.Applicant.Name, state.ReceivedOn, content)
        {
            ApplicantType = state.Application.Applicant.Type,
        };

    private static string ItemId(CaseState state, int version, int number) => $"{state.Id}-{version:D6}-{number:D2}";

    public CaseDecision.Accepted Done() => new(State with { Version = nextVersion }, events, outbox);
}
