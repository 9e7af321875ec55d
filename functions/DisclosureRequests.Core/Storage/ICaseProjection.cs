using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// A read model kept beside the cases (the worklist, the statistics). Projected after each commit and again by the
/// sweep, so it must be idempotent and must never let an older version overwrite a newer one.
/// </summary>
public interface ICaseProjection
{
    Task ProjectAsync(CaseState state, CancellationToken cancellationToken);
}
