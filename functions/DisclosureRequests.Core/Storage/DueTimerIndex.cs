using Azure;
using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// Where the sweep finds work without scanning open cases: one row per (case, timer) in a partition per due hour
/// (UTC, <c>yyyyMMddHH</c>). Rows are written before the case commit, so a crash can leave a stale row — ignored,
/// since the case itself decides what is due — but never a timer without a row. A <c>changed</c> row due at once
/// makes the sweep finish any after-commit work (projections, outbox) a crash may have interrupted.
/// An open case whose timers need a year the calendar does not cover yet also gets a row in the <c>calendar</c>
/// partition, stamped with the calendar's last day; once a release adds the next year's notice, the sweep re-arms
/// exactly those cases, so no reminder or overdue escalation is lost to the wait; so does an administrator's
/// publication of the year (<see cref="Calendar.CalendarReplanning"/>).
/// </summary>
public sealed class DueTimerIndex(
    StorageClients storage, WorkingDayCalendars calendars, PartitionBatches batches, Cases.Orchestration.CaseOrchestrationMode orchestrations)
{
    public const string ChangedHint = "changed";
    public const string AwaitingCalendarPartition = "calendar";

    private TableClient Table => storage.Table(StorageNames.DueTimersTable);

    private WorkingDayCalendar Calendar => calendars.Current;

    private string CoveredThrough => Calendar.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the rows for the timers <paramref name="after"/> adds, and the commit's <c>changed</c> row; answers whether
    /// the case waits for the calendar. Where orchestrations run, their durable timers hold the instants, so only the
    /// <c>changed</c> row (the mark that repairs a lost signal) and the calendar row are written.
    /// </summary>
    public async Task<bool> AnnounceAsync(CaseState? before, CaseState after, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = before is null ? [] : CaseTimers.Armed(before, Calendar).Select(t => t.Id).ToHashSet();
        var plan = CaseTimers.Plan(after, Calendar);
        var rows = plan.Armed
            .Where(t => !orchestrations.Runs && !known.Contains(t.Id))
            .Select(t => Row(after.Id, t.Id, t.DueAt))
            .Append(Row(after.Id, $"{ChangedHint}-{after.Version}", now));
        if (plan.AwaitingCalendar) rows = rows.Append(AwaitingCalendarRow(after.Id));
        await WriteAsync(rows, cancellationToken);
        return plan.AwaitingCalendar;
    }

    /// <summary>After a commit: a case that stopped waiting for the calendar (closed, paused, dates known) leaves the partition.</summary>
    public async Task SettleAsync(CaseState before, CaseState after, CancellationToken cancellationToken)
    {
        if (CaseTimers.Plan(before, Calendar).AwaitingCalendar && !CaseTimers.Plan(after, Calendar).AwaitingCalendar)
            await RemoveAsync(new DueTimerRow(AwaitingCalendarPartition, after.Id, after.Id, DateTimeOffset.MinValue), cancellationToken);
    }

    /// <summary>How many open cases wait for a calendar year before their dates can be counted.</summary>
    public async Task<int> CountAwaitingCalendarAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in AwaitingCalendarAsync(cancellationToken)) count++;
        return count;
    }

    /// <summary>Every case whose timers wait for a calendar year, whatever calendar it was stamped with.</summary>
    public async IAsyncEnumerable<string> AwaitingCalendarAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AwaitingCalendarPartition}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
            yield return row.RowKey;
    }

    /// <summary>
    /// Removes the <c>changed</c> row <see cref="AnnounceAsync"/> wrote at <paramref name="announcedAt"/> for this version,
    /// once the work it stands for is done; removals of the moment share a transaction.
    /// </summary>
    public async Task SettleChangeAsync(CaseState state, DateTimeOffset announcedAt, CancellationToken cancellationToken)
    {
        var row = Row(state.Id, $"{ChangedHint}-{state.Version}", announcedAt);
        try
        {
            await batches.SubmitAsync(StorageNames.DueTimersTable, [new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)], cancellationToken);
        }
        catch (RequestFailedException)
        {
            await RemoveAsync(new DueTimerRow(row.PartitionKey, row.RowKey, state.Id, announcedAt), cancellationToken);
        }
    }

    /// <summary>Cases waiting for a calendar year that a newer calendar than the one they were stamped with may now cover.</summary>
    public async IAsyncEnumerable<string> AwaitingNewerCalendarAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AwaitingCalendarPartition} and CoveredThrough lt {CoveredThrough}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
            yield return row.RowKey;
    }

    /// <summary>Announces every timer of the case afresh, after the calendar has grown; its calendar row goes once it is not needed.</summary>
    public async Task RearmAsync(CaseState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await AnnounceAsync(null, state, now, cancellationToken))
            await RemoveAsync(new DueTimerRow(AwaitingCalendarPartition, state.Id, state.Id, now), cancellationToken);
    }

    private Task WriteAsync(IEnumerable<TableEntity> rows, CancellationToken cancellationToken) =>
        Task.WhenAll(rows.GroupBy(r => r.PartitionKey).Select(async partition =>
        {
            var actions = partition.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList();
            try
            {
                await batches.SubmitAsync(StorageNames.DueTimersTable, actions, cancellationToken);
            }
            catch (RequestFailedException)
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken);
            }
        }));

    /// <summary>Every row due by <paramref name="now"/>, oldest hour first; includes hours missed during downtime.</summary>
    public async IAsyncEnumerable<DueTimerRow> DueAsync(DateTimeOffset now, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey le {Bucket(now)}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var dueAt = row.GetDateTimeOffset("DueAt")!.Value;
            if (dueAt <= now) yield return new DueTimerRow(row.PartitionKey, row.RowKey, row.GetString("CaseId"), dueAt);
        }
    }

    public async Task RemoveAsync(DueTimerRow row, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(row.Partition, row.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    private static TableEntity Row(string caseId, string timerId, DateTimeOffset dueAt) =>
        new(Bucket(dueAt), $"{caseId}|{timerId}") { ["CaseId"] = caseId, ["TimerId"] = timerId, ["DueAt"] = dueAt.ToUniversalTime() };

    private TableEntity AwaitingCalendarRow(string caseId) =>
        new(AwaitingCalendarPartition, caseId) { ["CaseId"] = caseId, ["CoveredThrough"] = CoveredThrough };

    private static string Bucket(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMddHH");
}

public sealed record DueTimerRow(string Partition, string RowKey, string CaseId, DateTimeOffset DueAt);
