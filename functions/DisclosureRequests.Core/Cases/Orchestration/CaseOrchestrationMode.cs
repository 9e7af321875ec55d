namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// Whether each case's durable orchestration fires its timers and delivers its outbox. When it does, commits leave no
/// entry in the outbox's retry index and the sweep only signals; when not, the sweep and the queue do that work.
/// </summary>
public sealed record CaseOrchestrationMode(bool Runs);
