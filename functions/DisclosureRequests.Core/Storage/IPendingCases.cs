namespace DisclosureRequests.Core.Storage;

/// <summary>Writes the case of an application that was received and numbered but is not registered yet.</summary>
public interface IPendingCases
{
    /// <summary>True when <paramref name="caseId"/> was such an application and its case is now written.</summary>
    Task<bool> RegisterIfPendingAsync(string caseId, CancellationToken cancellationToken);
}
