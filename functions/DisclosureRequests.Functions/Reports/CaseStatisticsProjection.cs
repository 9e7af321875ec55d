using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Storage;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Functions.Reports;

/// <summary>
/// Keeps one <c>CaseStatistics</c> row per case, so the annual report is compiled from a narrow table instead of the
/// case states. A withdrawal or lapse already carries its conclusion (（六）), so every closed case has an outcome row.
/// </summary>
public sealed class CaseStatisticsProjection(StorageClients storage) : ICaseProjection
{
    public Task ProjectAsync(CaseState state, CancellationToken cancellationToken) =>
        VersionedUpsert.WriteAsync(storage.Table(StorageNames.CaseStatisticsTable), CaseStatisticsRows.Entity(Of(state)), state.Version, basis: "", cancellationToken);

    public static CaseStatisticsRecord Of(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        // Art. 42: only a fee actually paid is a fee collected, counted in the year of payment.
        var paidOn = state.Fee?.PaidOn;
        var fees = paidOn is null ? 0m : state.Fee!.Quote.Amount;
        if (state.Import is { FeeYuan: > 0 } import)
        {
            // An imported file states the fee but not the day it was paid: it counts on the day the case closed.
            fees = import.FeeYuan;
            paidOn = state.Conclusion?.On ?? state.ReceivedOn;
        }
        return new CaseStatisticsRecord(
            state.Id,
            state.Application.Applicant.Type,
            state.ReceivedOn,
            state.Conclusion?.On,
            state.Conclusion?.Outcome,
            state.Conclusion?.Reason,
            fees,
            paidOn,
            state.Reconsideration?.Result,
            state.Reconsideration?.RecordedOn,
            state.Litigation?.Route,
            state.Litigation?.Result,
            state.Litigation?.RecordedOn);
    }
}
