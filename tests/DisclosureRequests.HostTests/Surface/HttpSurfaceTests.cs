using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Reports.Orchestration;

namespace DisclosureRequests.HostTests.Surface;

/// <summary>The standalone host and the isolated worker answer the same routes with the same methods, both ways.</summary>
public sealed class HttpSurfaceTests
{
    private static readonly IReadOnlyList<HttpOperation> Standalone = StandaloneSurface.Read();
    private static readonly FunctionsMetadata Worker = FunctionsMetadata.OfBuiltWorker();

    [Fact]
    public void Every_standalone_endpoint_has_a_function_with_the_same_route_and_methods()
    {
        var functions = Worker.Http.Select(f => f.Operation).ToHashSet();
        Assert.Contains(new HttpOperation("api/requests", "post"), Standalone);
        Assert.Empty(Standalone.Where(e => !functions.Contains(e)).Select(e => e.ToString()));
    }

    [Fact]
    public void Every_http_function_has_a_standalone_endpoint()
    {
        var endpoints = Standalone.ToHashSet();
        Assert.Contains(Worker.Http, f => f.Name == "ApplicationPage" && f.Operation == new HttpOperation("", "get,head"));
        Assert.Empty(Worker.Http.Where(f => !endpoints.Contains(f.Operation)).Select(f => $"{f.Name}: {f.Operation}"));
    }

    [Fact]
    public void Each_route_and_method_belongs_to_one_function_and_the_app_checks_every_caller_itself()
    {
        Assert.Equal(Worker.Http.Count, Worker.Http.Select(f => f.Operation).Distinct().Count());
        // Roles are the app's to check (the same filters as standalone); a function key would only lock citizens out.
        Assert.All(Worker.Http, f => Assert.Equal("Anonymous", f.AuthLevel));
    }

    [Fact]
    public void The_timer_and_queue_functions_are_the_catalogs_with_the_same_schedules_and_queues()
    {
        var triggered = Worker.Triggers.Where(t => t.Trigger["type"]!.GetValue<string>() is not ("httpTrigger" or "orchestrationTrigger" or "activityTrigger"))
            .Select(t => t.Trigger["type"]!.GetValue<string>() switch
            {
                "timerTrigger" => $"{t.Name} timer {t.Trigger["schedule"]}",
                "queueTrigger" => $"{t.Name} queue {t.Trigger["queueName"]}",
                var other => $"{t.Name} {other}",
            })
            .Order();
        var catalog = FunctionCatalog.Triggered
            .Select(f => f.Trigger switch
            {
                FunctionTrigger.Timer timer => $"{f.Name} timer {timer.Schedule}",
                FunctionTrigger.Queue queue => $"{f.Name} queue {queue.QueueName}",
                _ => f.Name,
            })
            .Order();
        Assert.Equal(catalog, triggered);
    }

    [Fact]
    public void The_durable_functions_are_the_case_and_annual_report_orchestrations_and_their_activities_and_the_functions_that_start_them_get_a_client()
    {
        var durable = Worker.Triggers.Where(t => t.Trigger["type"]!.GetValue<string>() is "orchestrationTrigger" or "activityTrigger")
            .Select(t => $"{t.Name} {t.Trigger["type"]}")
            .Order();
        string[] expected =
        [
            $"{CaseOrchestration.Name} orchestrationTrigger", $"{CaseStepActivity.Name} activityTrigger",
            $"{CaseTimerActivity.Name} activityTrigger", $"{CaseOutboxActivity.Name} activityTrigger",
            $"{AnnualReportOrchestration.Name} orchestrationTrigger", $"{AnnualReportBeginActivity.Name} activityTrigger",
            $"{AnnualReportChunkActivity.Name} activityTrigger", $"{AnnualReportFinishActivity.Name} activityTrigger",
        ];
        Assert.Equal(expected.Order(), durable);

        var withClient = Worker.Functions.Where(f => f["bindings"]!.AsArray().Any(b => b!["type"]!.GetValue<string>() == "durableClient"))
            .Select(f => f["name"]!.GetValue<string>())
            .Order();
        string[] starters = [FunctionCatalog.AnnualReport, "AnnualReportStatus", "CompileAnnualReport", FunctionCatalog.DeadlineSweep, FunctionCatalog.OutboxDispatch];
        Assert.Equal(starters.Order(), withClient);
    }
}
