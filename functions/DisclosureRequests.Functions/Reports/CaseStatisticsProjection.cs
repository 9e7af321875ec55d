using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Storage;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Functions.Reports;

/// <summary>
/// Keeps one <c>CaseStatistics</c> row per case, so the annual report is compiled from a narrow table instead of the
/// case states. A withdrawal or lapse already carries its conclusion (（六）), so every closed case has an outcome row.
/// </summary>
public sealed class CaseStatisticsProjection(StorageClients storage, PartitionBatches batches) : ICaseProjection
{
    public Task ProjectAsync(CaseState state, CancellationToken cancellationToken) =>
        VersionedUpsert.WriteAsync(storage.Table(StorageNames.CaseStatisticsTable), CaseStatisticsRows.Entity(Of(state)), state.Version, basis: "", state.Version == 1 ? batches : null, cancellationToken);

    public static CaseStatisticsRecord Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // Art. 42: only a fee actually paid is a fee collected, counted in the year of payment.
        var paidOn = state.Fee?.PaidOn;
        return new CaseStatisticsRecord(
            state.Id,
            state.Application.Applicant.Type,
            state.ReceivedOn,
            state.Conclusion?.On,
            state.Conclusion?.Outcome,
            state.Conclusion?.Reason,
            paidOn is null ? 0m : state.Fee!.Quote.Amount,
            paidOn,
            state.Reconsideration?.Result,
            state.Reconsideration?.RecordedOn,
            state.Litigation?.Route,
            state.Litigation?.Result,
            state.Litigation?.RecordedOn);
    }
}
