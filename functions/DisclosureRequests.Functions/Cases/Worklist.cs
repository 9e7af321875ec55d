using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Calendar;
using DisclosureRequests.Functions.Storage;

namespace DisclosureRequests.Functions.Cases;

/// <summary>Reads the worklist projection: open cases by default, most urgent first.</summary>
public sealed class Worklist(StorageClients storage, WorkingDayCalendars calendars, TimeProvider time)
{
    public async Task<IReadOnlyList<WorklistItem>> QueryAsync(CaseStatus? status, DateOnly? dueBefore, string? assignee, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {WorklistProjection.Partition}");
        filter += status is { } s ? " and " + TableClient.CreateQueryFilter($"Status eq {s.ToCode()}") : " and Open eq true";
        if (assignee is not null) filter += " and " + TableClient.CreateQueryFilter($"Assignee eq {assignee}");
        if (dueBefore is { } before)
            filter += " and " + TableClient.CreateQueryFilter($"ReplyDueOn lt {before.ToString("yyyy-MM-dd")} and ReplyDueOn ne {""}");

        var today = ChinaTime.Today(time);
        var items = new List<WorklistItem>();
        await foreach (var row in storage.Table(StorageNames.WorklistTable).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            items.Add(Item(row, today));
        return items.OrderBy(UrgencyKey).ThenBy(i => i.TrackingNumber, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The due date, or where a year's notice is missing its weekends-only estimate: such a case is never ranked last.</summary>
    public static DateOnly UrgencyKey(WorklistItem item) => item.ReplyDueOn ?? item.ReplyDueOnEstimate ?? DateOnly.MaxValue;

    private WorklistItem Item(TableEntity row, DateOnly today)
    {
        DateOnly? due = row.GetString("ReplyDueOn") is { Length: > 0 } d ? DateOnly.ParseExact(d, "yyyy-MM-dd") : null;
        int? frozen = row.GetInt32("FrozenWorkingDaysLeft") is >= 0 and var f ? f : null;
        return new WorklistItem(
            row.RowKey, row.GetString("TrackingNumber"), row.GetString("Status"),
            row.GetString("Assignee") is { Length: > 0 } a ? a : null,
            row.GetString("ApplicantType"), DateOnly.ParseExact(row.GetString("ReceivedOn"), "yyyy-MM-dd"),
            due, due is null && row.GetString("ReplyDueOnEstimate") is { Length: > 0 } e ? DateOnly.ParseExact(e, "yyyy-MM-dd") : null,
            due is { } dueOn && row.GetBoolean("Open") == true ? WorkingDaysLeft(today, dueOn) : frozen, row.GetString("Clock"));
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
