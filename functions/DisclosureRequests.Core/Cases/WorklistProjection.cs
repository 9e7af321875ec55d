using Azure;
using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// The officers' worklist, in one partition of the Worklist table. Each case has an index row (RowKey = case id) and
/// one ranked row whose RowKey starts with its rank date, so the most urgent cases are the first rows of a range
/// query and a page is a cheap read. When a case's rank changes, its new ranked row is written and the old one marked
/// moved (kept for a day, so a paging already under way still sees each case exactly once) in the same entity-group
/// transaction as the index row. Working days left are computed when the list is read. The rows of a new case are
/// added in a transaction shared with the other new cases of the moment, the partition being the same for all.
/// </summary>
public sealed class WorklistProjection(StorageClients storage, WorkingDayCalendars calendars, TimeProvider time, PartitionBatches batches) : ICaseProjection
{
    public const string Partition = "case";

    private const int Attempts = 5;

    public async Task ProjectAsync(CaseState state, CancellationToken cancellationToken)
    {
        var table = storage.Table(StorageNames.WorklistTable);
        var basis = Basis;
        if (state.Version == 1 && await TryAddNewAsync(state, basis, cancellationToken)) return;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, state.Id, cancellationToken: cancellationToken);
            var existing = found.HasValue ? found.Value : null;
            if (existing is not null && IsAsNew(existing, state.Version, basis)) return;
            try
            {
                await table.SubmitTransactionAsync(Actions(state, existing, basis, time.GetUtcNow()), cancellationToken);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
            {
            }
        }
    }

    /// <summary>
    /// Adds the rows of a case seen for the first time without reading first; false when its index row turned out to
    /// exist already (a retry, or the sweep got there first), or another new case's did and failed the shared transaction.
    /// </summary>
    private async Task<bool> TryAddNewAsync(CaseState state, string basis, CancellationToken cancellationToken)
    {
        try
        {
            await batches.SubmitAsync(StorageNames.WorklistTable, Actions(state, null, basis, time.GetUtcNow()), cancellationToken);
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    /// <summary>What a row was computed from besides the case: the calendar in force, by its last day and revision.</summary>
    public string Basis => calendars.Basis;

    /// <summary>The rows of a case projected for the first time, for a writer that batches them (the import of past cases).</summary>
    public IEnumerable<TableEntity> NewRows(CaseState state) =>
        Actions(state, null, Basis, time.GetUtcNow()).Select(a => (TableEntity)a.Entity);

    private static bool IsAsNew(TableEntity existing, int version, string basis)
    {
        var storedVersion = existing.GetInt32("Version") ?? 0;
        return storedVersion > version || (storedVersion == version && string.CompareOrdinal(existing.GetString("Basis") ?? "", basis) >= 0);
    }

    private List<TableTransactionAction> Actions(CaseState state, TableEntity? existing, string basis, DateTimeOffset now)
    {
        var reading = state.ReadClock(calendars.Current, state.ReceivedOn);
        var estimate = CaseDeadlineEstimate.ReplyDueOn(state, reading, calendars.Estimating);
        var rankDate = WorklistRank.DateOf(state, reading, calendars.Current, estimate);
        var previousKey = existing?.GetString("RankKey");
        var place = WorklistKeys.Place(!state.IsClosed, rankDate, state.TrackingNumber);
        var stays = previousKey is not null && previousKey.StartsWith(place, StringComparison.Ordinal);
        var rankKey = stays ? previousKey! : place + state.Version.ToString("D6");
        var writtenAt = stays ? existing!.GetDateTimeOffset("RankWrittenAt") ?? now : now;

        var tombstones = Tombstones.Parse(existing?.GetString("Tombstones"));
        var actions = new List<TableTransactionAction>();
        if (previousKey is not null && !stays)
        {
            actions.Add(new(TableTransactionActionType.UpdateMerge, new TableEntity(Partition, previousKey) { ["MovedAt"] = now }, ETag.All));
            tombstones.Add(previousKey, now);
        }
        foreach (var expired in tombstones.ExpiredAt(now - WorklistKeys.PagingLifetime))
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(Partition, expired), ETag.All));

        var summary = WorklistKeys.Summary(state.Application.Description);
        var ranked = new TableEntity(Partition, rankKey)
        {
            ["Id"] = state.Id,
            ["TrackingNumber"] = state.TrackingNumber,
            ["Status"] = state.Status.ToCode(),
            ["Assignee"] = state.Assignee ?? "",
            ["ApplicantType"] = state.Application.Applicant.Type,
            ["ApplicantName"] = state.Application.Applicant.Name,
            ["Summary"] = summary,
            ["Search"] = WorklistKeys.SearchText(state),
            ["ReceivedOn"] = state.ReceivedOn.ToString("yyyy-MM-dd"),
            ["ReplyDueOn"] = reading.ReplyDueOn?.ToString("yyyy-MM-dd") ?? "",
            ["ReplyDueOnEstimate"] = estimate?.ToString("yyyy-MM-dd") ?? "",
            ["RankDate"] = rankDate.ToString("yyyy-MM-dd"),
            ["Clock"] = reading.State.ToString().ToLowerInvariant(),
            ["ClockUnavailable"] = reading.Unavailable ?? "",
            ["FrozenWorkingDaysLeft"] = reading.ReplyDueOn is null ? reading.WorkingDaysLeft ?? -1 : -1,
            ["Open"] = !state.IsClosed,
            ["Version"] = state.Version,
            ["WrittenAt"] = writtenAt,
            ["MovedAt"] = WorklistKeys.NotMoved,
        };
        actions.Add(new(TableTransactionActionType.UpsertReplace, ranked));

        var index = new TableEntity(Partition, state.Id)
        {
            ["TrackingNumber"] = state.TrackingNumber,
            ["Status"] = state.Status.ToCode(),
            ["Assignee"] = state.Assignee ?? "",
            ["ApplicantType"] = state.Application.Applicant.Type,
            ["ReceivedOn"] = state.ReceivedOn.ToString("yyyy-MM-dd"),
            ["ReplyDueOn"] = reading.ReplyDueOn?.ToString("yyyy-MM-dd") ?? "",
            ["Open"] = !state.IsClosed,
            ["ApplicantKey"] = ApplicantKeys.For(state.Application.Applicant),
            ["Items"] = state.Fee is { Quote.Basis: DisclosureRequests.Fees.FeeBasis.Items } fee ? fee.Quote.Units : 1,
            ["RankKey"] = rankKey,
            ["RankWrittenAt"] = writtenAt,
            ["Tombstones"] = tombstones.ToString(),
            ["Version"] = state.Version,
            ["Basis"] = basis,
        };
        actions.Add(existing is null
            ? new(TableTransactionActionType.Add, index)
            : new(TableTransactionActionType.UpdateReplace, index, existing.ETag));
        return actions;
    }
}
