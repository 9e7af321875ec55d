namespace DisclosureRequests.Core.Intake;

public abstract record IntakeOutcome
{
    public sealed record Filed(SubmissionReceipt Receipt, bool Replayed) : IntakeOutcome;

    /// <summary>The Idempotency-Key was already used for a different application.</summary>
    public sealed record KeyReused : IntakeOutcome;
}
