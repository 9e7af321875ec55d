using DisclosureRequests.Calendar;

namespace DisclosureRequests.Core.Calendar;

/// <summary>
/// The calendar in force: the years built into this release, then the years administrators published (the latest
/// version of each; a published year wins over a built-in one that differs, and the difference is reported), then
/// the agency's closure days. Each calendar object is immutable; a publication here or on another instance swaps
/// the reference, which instances learn by polling the store's revision row at most every few seconds.
/// </summary>
public sealed class WorkingDayCalendars(
    WorkingDayCalendar builtIn, CalendarYearStore store, IConfiguration configuration, TimeProvider time, ILogger<WorkingDayCalendars> logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    private readonly DateOnly[] closures = ClosureDays(configuration);
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile CalendarInForce inForce = CalendarInForce.Compose(builtIn, new CalendarSnapshot(CalendarRevision.None, []), ClosureDays(configuration));
    private DateTimeOffset checkedAt = DateTimeOffset.MinValue;

    /// <summary>The working-day calendar every deadline is counted on.</summary>
    public WorkingDayCalendar Current => inForce.Calendar;

    /// <summary>The calendar in force with the years after it counting weekends only: for estimates, never for legal dates.</summary>
    public WorkingDayCalendar Estimating => inForce.Estimating;

    public WorkingDayCalendar BuiltIn => builtIn;

    public CalendarInForce InForce => inForce;

    /// <summary>What a read model counted on, ordered as text: a later calendar sorts after an earlier one.</summary>
    public string Basis => $"{Current.LastDay:yyyy-MM-dd}#{inForce.Snapshot.Revision.Number:D8}";

    /// <summary>Reloads when the store's revision moved; checks it at most every few seconds unless forced.</summary>
    public async Task RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!force && now - checkedAt < PollInterval && checkedAt != DateTimeOffset.MinValue) return;
        await loading.WaitAsync(cancellationToken);
        try
        {
            checkedAt = now;
            var revision = await store.RevisionAsync(cancellationToken);
            if (!force && revision.Number == inForce.Snapshot.Revision.Number) return;
            var composed = CalendarInForce.Compose(builtIn, await store.LoadAsync(cancellationToken), closures);
            foreach (var (year, dates) in composed.Differences)
                logger.LogWarning("Calendar year {Year}: the notice published here differs from the one built into this release on {Dates}; the published one stays in force",
                    year, string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd"))));
            inForce = composed;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException
                                   || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(e, "The published calendar years could not be read; the calendar stays as it was");
        }
        finally
        {
            loading.Release();
        }
    }

    private static DateOnly[] ClosureDays(IConfiguration configuration) =>
        configuration.GetSection("Agency:ClosureDays").Get<DateOnly[]>() ?? [];
}
