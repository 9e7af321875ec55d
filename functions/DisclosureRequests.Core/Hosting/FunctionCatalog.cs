using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Hosting;

/// <summary>
/// Every function of the app, the one source of truth: infra/package writes the function.json files from it, and
/// standalone runs schedule the same timers and poll the same queues in-process.
/// </summary>
public static class FunctionCatalog
{
    public const string Api = "Api";
    public const string ApplicationPage = "ApplicationPage";
    public const string TrackingPage = "TrackingPage";
    public const string PageAssets = "PageAssets";
    public const string StaffPages = "StaffPages";
    public const string DeadlineSweep = "DeadlineSweep";
    public const string OutboxDispatch = "OutboxDispatch";
    public const string AnnualReport = "AnnualReport";

    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        // host.json sets an empty route prefix, so each route is the whole path. The host POSTs timer and queue
        // invocations to the handler at /{FunctionName}; no route here may match such a path, or the internet could
        // run a function. Hence explicit routes and no catch-all at the root.
        new(Api, new FunctionTrigger.Http("api/{*route}", FunctionTrigger.Http.AnyMethod)),
        // The site root: an empty route is replaced by the function's name, so an optional parameter that must
        // stay empty stands for "/".
        new(ApplicationPage, new FunctionTrigger.Http("{root:maxlength(0)?}", FunctionTrigger.Http.GetAndHead)),
        new(TrackingPage, new FunctionTrigger.Http("track", FunctionTrigger.Http.GetAndHead)),
        new(PageAssets, new FunctionTrigger.Http("assets/{file}", FunctionTrigger.Http.GetAndHead)),
        // The staff workspace, including the development sign-in (which answers 404 unless the trust setting is on).
        new(StaffPages, new FunctionTrigger.Http("staff/{*path}", FunctionTrigger.Http.AnyMethod)),
        // Every minute: deadlines are legal dates, but reminders and lapses should follow them closely.
        new(DeadlineSweep, new FunctionTrigger.Timer("0 * * * * *")),
        new(OutboxDispatch, new FunctionTrigger.Queue(StorageNames.OutboxQueue)),
        // 00:05 on 1 January in China (UTC+8) is 16:05 UTC on 31 December.
        new(AnnualReport, new FunctionTrigger.Timer("0 5 16 31 12 *")),
    ];

    public static IEnumerable<FunctionDefinition> Triggered => All.Where(f => f.Trigger is not FunctionTrigger.Http);

    public static IEnumerable<FunctionDefinition> Http => All.Where(f => f.Trigger is FunctionTrigger.Http);
}
