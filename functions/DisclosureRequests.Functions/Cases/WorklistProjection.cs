using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Calendar;
using DisclosureRequests.Functions.Storage;

namespace DisclosureRequests.Functions.Cases;

/// <summary>
/// The officers' worklist: one small row per case in one partition, so the list is a single filtered query. The due
/// date depends on the state and on the calendar it was counted on (a year's notice, published here or added by a
/// release, gives due dates to cases that had none, shown until then as an estimate); working days left are
/// computed when the list is read.
/// </summary>
public sealed class WorklistProjection(StorageClients storage, WorkingDayCalendars calendars, PartitionBatches batches) : ICaseProjection
{
    public const string Partition = "case";

    public Task ProjectAsync(CaseState state, CancellationToken cancellationToken) =>
        VersionedUpsert.WriteAsync(storage.Table(StorageNames.WorklistTable), Row(state), state.Version, Basis, state.Version == 1 ? batches : null, cancellationToken);

    /// <summary>What the row was computed from besides the case: the calendar in force, by its last day and revision.</summary>
    public string Basis => calendars.Basis;

    /// <summary>The row of a case, also for a writer that batches rows (the import of past cases).</summary>
    public TableEntity Row(CaseState state)
    {
        var reading = state.ReadClock(calendars.Current, state.ReceivedOn);
        var estimate = CaseDeadlineEstimate.ReplyDueOn(state, reading, calendars.Estimating);
        var row = new TableEntity(Partition, state.Id)
        {
            ["TrackingNumber"] = state.TrackingNumber,
            ["Status"] = state.Status.ToCode(),
            ["Assignee"] = state.Assignee ?? "",
            ["ApplicantType"] = state.Application.Applicant.Type,
            ["ReceivedOn"] = state.ReceivedOn.ToString("yyyy-MM-dd"),
            ["ReplyDueOn"] = reading.ReplyDueOn?.ToString("yyyy-MM-dd") ?? "",
            ["ReplyDueOnEstimate"] = estimate?.ToString("yyyy-MM-dd") ?? "",
            ["Clock"] = reading.State.ToString().ToLowerInvariant(),
            ["FrozenWorkingDaysLeft"] = reading.ReplyDueOn is null ? reading.WorkingDaysLeft ?? -1 : -1,
            ["Open"] = !state.IsClosed,
            ["ApplicantKey"] = ApplicantKeys.For(state.Application.Applicant),
            ["Items"] = state.Fee is { Quote.Basis: DisclosureRequests.Fees.FeeBasis.Items } fee ? fee.Quote.Units : 1,
        };
        return row;
    }
}
