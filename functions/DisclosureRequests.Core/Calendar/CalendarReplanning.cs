using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Calendar;

/// <summary>
/// After a year's notice is published, every open case whose dates depend on it is counted again at once: its due
/// date appears or moves (with a history line naming who published the notice, the old and the new date), its
/// reminders and escalation are armed, its worklist row recounted. A new year concerns exactly the cases the timer
/// index names as waiting for the calendar; a correction of a year in force also concerns the open cases whose
/// period touches that year, found in the worklist. A crash part-way is finished by the next sweep.
/// </summary>
public sealed class CalendarReplanning(
    CalendarYearStore store, DueTimerIndex timers, CaseStore cases, CaseCommands commands, StorageClients storage, TimeProvider time, ILogger<CalendarReplanning> logger)
{
    public async Task<int> ReplanAsync(PublishedYear published, bool wasInForce, int revision, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in timers.AwaitingCalendarAsync(cancellationToken)) ids.Add(id);
        if (wasInForce) await foreach (var id in OpenCasesTouchingAsync(published.Year, cancellationToken)) ids.Add(id);

        var actor = Actor.Officer(published.PublishedBy, StaffRoles.Administrator);
        var command = (DateOnly? previous) => new CaseCommand.RecountReplyPeriod(previous, published.Year, published.Source.Document);
        foreach (var id in ids)
        {
            var previous = await ShownReplyDueOnAsync(id, cancellationToken);
            var outcome = await commands.ExecuteAsync(id, command(previous), actor, idempotencyKey: null, cancellationToken);
            if (await cases.LoadAsync(id, cancellationToken) is not { } loaded) continue;
            await timers.RearmAsync(loaded.State, time.GetUtcNow(), cancellationToken);
            if (outcome is not CommandOutcome.Applied) await commands.RefreshAsync(id, cancellationToken);
        }
        await store.MarkReplannedAsync(revision, cancellationToken);
        logger.LogInformation("Calendar year {Year} version {Version} in force; {Cases} open cases re-planned", published.Year, published.Version, ids.Count);
        return ids.Count;
    }

    /// <summary>The sweep's part: a publication whose re-planning a crash interrupted is re-planned in full.</summary>
    public async Task<int> CatchUpAsync(CalendarInForce inForce, CancellationToken cancellationToken)
    {
        // The stored row, not the calendar's copy: another instance may have finished the re-planning since.
        var revision = await store.RevisionAsync(cancellationToken);
        if (revision.Number <= revision.ReplannedNumber || revision.Number != inForce.Snapshot.Revision.Number
            || revision.LastYear is not { } year || inForce.Published(year) is not { } published) return 0;
        return await ReplanAsync(published, wasInForce: true, revision.Number, cancellationToken);
    }

    /// <summary>The due date officers were last shown, from the worklist row; none when it was not known.</summary>
    private async Task<DateOnly?> ShownReplyDueOnAsync(string caseId, CancellationToken cancellationToken)
    {
        var row = await storage.Table(StorageNames.WorklistTable).GetEntityIfExistsAsync<TableEntity>(
            WorklistProjection.Partition, caseId, select: ["ReplyDueOn"], cancellationToken: cancellationToken);
        return row.HasValue && row.Value?.GetString("ReplyDueOn") is { Length: > 0 } due ? DateOnly.ParseExact(due, "yyyy-MM-dd") : null;
    }

    private async IAsyncEnumerable<string> OpenCasesTouchingAsync(int year, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var yearStart = $"{year:D4}-01-01";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorklistProjection.Partition} and Open eq true and ReceivedOn le {$"{year:D4}-12-31"}");
        await foreach (var row in storage.Table(StorageNames.WorklistTable).QueryAsync<TableEntity>(filter, select: ["RowKey", "ReplyDueOn", "Id"], cancellationToken: cancellationToken))
        {
            // A case's index row is keyed by its id; its ranked rows (which name the case in Id) are for the list.
            if (row.GetString("Id") is not null) continue;
            var due = row.GetString("ReplyDueOn") ?? "";
            if (due.Length == 0 || string.CompareOrdinal(due, yearStart) >= 0) yield return row.RowKey;
        }
    }
}
