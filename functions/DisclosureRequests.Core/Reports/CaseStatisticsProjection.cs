using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>
/// Keeps one <c>CaseStatistics</c> row per case, so the annual report is compiled from a narrow table instead of the
/// case states. A withdrawal or lapse already carries its conclusion (（六）), so every closed case has an outcome row.
/// </summary>
public sealed class CaseStatisticsProjection(StorageClients storage, WorkingDayCalendars calendars, PartitionBatches batches) : ICaseProjection
{
    public Task ProjectAsync(CaseState state, CancellationToken cancellationToken) =>
        VersionedUpsert.WriteAsync(storage.Table(StorageNames.CaseStatisticsTable), CaseStatisticsRows.Entity(Of(state, calendars.Current)), state.Version, basis: "", state.Version == 1 ? batches : null, cancellationToken);

    public static CaseStatisticsRecord Of(CaseState state, WorkingDayCalendar calendar)
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
            state.Litigation?.RecordedOn,
            RepliedWithinPeriod(state, calendar));
    }

    /// <summary>
    /// Whether a reply (an outcome other than （六）) went out by the last day of its period as the case's own clock
    /// counts it: 20 working days from receipt, or from the clarified application (Art. 30), plus an approved
    /// extension, without the days of consultations and fee payment, or the later date set under Art. 35. An imported
    /// case's clock knows none of those, so its reply is held to the plain 20 working days. Null when the calendar
    /// does not cover the period.
    /// </summary>
    public static bool? RepliedWithinPeriod(CaseState state, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (state.Conclusion is not { } conclusion || conclusion.Outcome == "other") return null;
        return state.Clock.Read(calendar, conclusion.On).ReplyDueOn is { } due ? conclusion.On <= due : null;
    }
}
