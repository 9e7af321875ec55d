using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Storage;

namespace DisclosureRequests.Functions.Cases;

/// <summary>
/// The officers' worklist: one small row per case in one partition, so the list is a single filtered query. The due
/// date depends on the state and on the calendar it was counted on (a release that adds a year's notice gives due
/// dates to cases that had none); working days left are computed when the list is read.
/// </summary>
public sealed class WorklistProjection(StorageClients storage, WorkingDayCalendar calendar, PartitionBatches batches) : ICaseProjection
{
    public const string Partition = "case";

    public Task ProjectAsync(CaseState state, CancellationToken cancellationToken)
    {
        var reading = state.ReadClock(calendar, state.ReceivedOn);
        var row = new TableEntity(Partition, state.Id)
        {
            ["TrackingNumber"] = state.TrackingNumber,
            ["Status"] = state.Status.ToCode(),
            ["Assignee"] = state.Assignee ?? "",
            ["ApplicantType"] = state.Application.Applicant.Type,
            ["ReceivedOn"] = state.ReceivedOn.ToString("yyyy-MM-dd"),
            ["ReplyDueOn"] = reading.ReplyDueOn?.ToString("yyyy-MM-dd") ?? "",
            ["Clock"] = reading.State.ToString().ToLowerInvariant(),
            ["FrozenWorkingDaysLeft"] = reading.ReplyDueOn is null ? reading.WorkingDaysLeft ?? -1 : -1,
            ["Open"] = !state.IsClosed,
            ["ApplicantKey"] = ApplicantKeys.For(state.Application.Applicant),
            ["Items"] = state.Fee is { Quote.Basis: DisclosureRequests.Fees.FeeBasis.Items } fee ? fee.Quote.Units : 1,
        };
        return VersionedUpsert.WriteAsync(storage.Table(StorageNames.WorklistTable), row, state.Version,
            basis: calendar.LastDay.ToString("yyyy-MM-dd"), state.Version == 1 ? batches : null, cancellationToken);
    }
}
