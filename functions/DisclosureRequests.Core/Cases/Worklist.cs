using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// Reads the worklist projection a page at a time, most urgent first: open cases unless a closed status is asked for,
/// a window of rank dates at a time (<see cref="WorklistWindows"/>).
/// Filters on status, assignee and due date run in storage; words (<c>q</c>) are matched against each row's small
/// search field as the rows stream by, so a search reads further but never more than the list.
/// </summary>
public sealed class Worklist(StorageClients storage, WorkingDayCalendars calendars, TimeProvider time)
{
    public async Task<WorklistPage> QueryAsync(WorklistQuery query, CancellationToken cancellationToken)
    {
        var prefix = query.Status is { } s && s.IsTerminal() ? WorklistKeys.ClosedPrefix : WorklistKeys.OpenPrefix;
        var asOf = query.Continuation?.AsOf ?? time.GetUtcNow();
        var after = query.Continuation?.After ?? prefix;
        var conditions = Conditions(query, asOf);

        var words = query.Words is { } q ? WorklistKeys.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        var today = ChinaTime.Today(time);
        var rows = new List<TableEntity>(query.PageSize + 1);
        var table = storage.Table(StorageNames.WorklistTable);
        foreach (var (from, to) in WorklistWindows.Following(after, prefix, today))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorklistProjection.Partition} and RowKey gt {from} and RowKey lt {to}") + conditions;
            var perPage = words.Length == 0 ? query.PageSize + 1 - rows.Count : 1000;
            await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: perPage, cancellationToken: cancellationToken))
            {
                if (words.Length > 0 && !Matches(row.GetString("Search") ?? "", words)) continue;
                rows.Add(row);
                if (rows.Count > query.PageSize) break;
            }
            if (rows.Count > query.PageSize) break;
        }
        var items = rows.Take(query.PageSize).Select(r => Item(r, today)).ToList();
        var continuation = rows.Count > query.PageSize ? new WorklistContinuation(asOf, rows[query.PageSize - 1].RowKey).Encode() : null;
        return new WorklistPage(items, continuation);
    }

    private static string Conditions(WorklistQuery query, DateTimeOffset asOf)
    {
        // The cheap comparisons of strings go first: a row failing one is never compared by date.
        var conditions = "";
        if (query.Status is { } status) conditions += " and " + TableClient.CreateQueryFilter($"Status eq {status.ToCode()}");
        if (query.Assignee is { } assignee) conditions += " and " + TableClient.CreateQueryFilter($"Assignee eq {assignee}");
        if (query.DueBefore is { } before)
            conditions += " and " + TableClient.CreateQueryFilter($"ReplyDueOn lt {before.ToString("yyyy-MM-dd")} and ReplyDueOn ne {""}");
        // The first page shows the list as it stands; later pages, as it stood when the first was read.
        return conditions + " and " + (query.Continuation is null
            ? TableClient.CreateQueryFilter($"MovedAt eq {WorklistKeys.NotMoved}")
            : TableClient.CreateQueryFilter($"WrittenAt le {asOf} and MovedAt gt {asOf}"));
    }

    private static bool Matches(string search, string[] words) => words.All(w => search.Contains(w, StringComparison.Ordinal));

    private WorklistItem Item(TableEntity row, DateOnly today)
    {
        DateOnly? due = row.GetString("ReplyDueOn") is { Length: > 0 } d ? DateOnly.ParseExact(d, "yyyy-MM-dd") : null;
        int? frozen = row.GetInt32("FrozenWorkingDaysLeft") is >= 0 and var f ? f : null;
        return new WorklistItem(
            row.GetString("Id"), row.GetString("TrackingNumber"), row.GetString("Status"),
            row.GetString("Assignee") is { Length: > 0 } a ? a : null,
            row.GetString("ApplicantType"), row.GetString("ApplicantName") ?? "", row.GetString("Summary") ?? "",
            DateOnly.ParseExact(row.GetString("ReceivedOn"), "yyyy-MM-dd"),
            due, due is null && row.GetString("ReplyDueOnEstimate") is { Length: > 0 } e ? DateOnly.ParseExact(e, "yyyy-MM-dd") : null,
            DateOnly.ParseExact(row.GetString("RankDate"), "yyyy-MM-dd"),
            due is { } dueOn && row.GetBoolean("Open") == true ? WorkingDaysLeft(today, dueOn) : frozen,
            row.GetString("Clock"),
            row.GetString("ClockUnavailable") is { Length: > 0 } u ? u : null);
    }

    private int? WorkingDaysLeft(DateOnly today, DateOnly due)
    {
        try
        {
            var calendar = calendars.Current;
            return today <= due ? calendar.CountWorkingDays(today, due) : -calendar.CountWorkingDays(due, today);
        }
        catch (DateOutsideCalendarException)
        {
            return null;
        }
    }
}
