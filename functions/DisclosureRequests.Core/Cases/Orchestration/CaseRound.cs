namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>What one round of a case's orchestration found: its timers, then its outbox.</summary>
public sealed record CaseRound(CaseTimerStep Timers, CaseOutboxStep Outbox);
