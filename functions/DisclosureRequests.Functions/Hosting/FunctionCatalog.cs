using DisclosureRequests.Functions.Storage;

namespace DisclosureRequests.Functions.Hosting;

/// <summary>
/// Every function of the app, the one source of truth: infra/package writes the function.json files from it, and
/// standalone runs schedule the same timers and poll the same queues in-process.
/// </summary>
public static class FunctionCatalog
{
    public const string Api = "Api";
    public const string DeadlineSweep = "DeadlineSweep";
    public const string OutboxDispatch = "OutboxDispatch";
    public const string AnnualReport = "AnnualReport";

    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        new(Api, new FunctionTrigger.Http()),
        // Every minute: deadlines are legal dates, but reminders and lapses should follow them closely.
        new(DeadlineSweep, new FunctionTrigger.Timer("0 * * * * *")),
        new(OutboxDispatch, new FunctionTrigger.Queue(StorageNames.OutboxQueue)),
        // 00:05 on 1 January in China (UTC+8) is 16:05 UTC on 31 December.
        new(AnnualReport, new FunctionTrigger.Timer("0 5 16 31 12 *")),
    ];

    public static IEnumerable<FunctionDefinition> Triggered => All.Where(f => f.Trigger is not FunctionTrigger.Http);
}
