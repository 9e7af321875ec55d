namespace DisclosureRequests.Core.Cases.Orchestration;

/// <summary>
/// The host's client of the case orchestrations: the Durable Functions client in the isolated worker, the Durable Task
/// Framework's client standalone.
/// </summary>
public interface ICaseOrchestrations
{
    /// <summary>
    /// Tells the case's orchestration that the case changed; starts it when it is not
    /// running (a new case, or one whose orchestration ended or failed).
    /// </summary>
    Task SignalAsync(string caseId, CancellationToken cancellationToken);
}
