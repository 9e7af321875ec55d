using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// The timer and queue functions of the app, the one source of truth for their schedules and queues: standalone
/// runs them in-process, and the isolated worker's functions carry the same in their attributes (a host test holds
/// the worker's functions.metadata to this list). HTTP functions are the worker's, one per standalone endpoint.
/// </summary>
public static class FunctionCatalog
{
    public const string DeadlineSweep = "DeadlineSweep";
    public const string OutboxDispatch = "OutboxDispatch";
    public const string AnnualReport = "AnnualReport";

    public static IReadOnlyList<FunctionDefinition> Triggered { get; } =
    [
        // Every minute: deadlines are legal dates, but reminders and lapses should follow them closely.
        new(DeadlineSweep, new FunctionTrigger.Timer("0 * * * * *")),
        new(OutboxDispatch, new FunctionTrigger.Queue(StorageNames.OutboxQueue)),
        // 00:05 on 1 January in China (UTC+8) is 16:05 UTC on 31 December.
        new(AnnualReport, new FunctionTrigger.Timer("0 5 16 31 12 *")),
    ];
}
