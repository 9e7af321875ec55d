namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>The custom status of a case's orchestration: what its last step found, or why it failed and waits to try again.</summary>
public sealed record CaseOrchestrationStatus(CaseTimerStep? Timers, CaseOutboxStep? Outbox, string? Failure);
