using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Cases;

public abstract record CommandOutcome
{
    public sealed record Applied(CaseState State, bool Replayed) : CommandOutcome;

    public sealed record Refused(CaseDecision.Refused Refusal) : CommandOutcome;

    public sealed record NotFound : CommandOutcome;

    /// <summary>Another command changed the case between our read and our write; nothing of ours was written.</summary>
    public sealed record Conflict : CommandOutcome;

    /// <summary>The case is no longer at a version the command's If-Match named; nothing was written.</summary>
    public sealed record VersionChanged(int Current) : CommandOutcome;

    /// <summary>The Idempotency-Key was already used for a different command on this case.</summary>
    public sealed record KeyReused : CommandOutcome;
}
