using BenchmarkDotNet.Running;
using DisclosureRequests.Benchmarks.AnnualReport;
using DisclosureRequests.Benchmarks.Imports;

// "annual-report", "import-cases", "load-and-crash", "filing", "worklist", "orchestrations" and "filing-requests" are load harnesses against Azurite (minutes, one run each); everything else is BenchmarkDotNet.
if (args is ["annual-report", ..])
    return await AnnualReportHarness.RunAsync(args);
if (args is ["import-cases", ..])
    return await ImportHarness.RunAsync(args);
if (args is ["load-and-crash", ..] or ["filing", ..])
    return await DisclosureRequests.Benchmarks.LoadAndCrashCommand.RunAsync(args);
if (args is ["orchestrations", ..])
    return await DisclosureRequests.Benchmarks.Orchestrations.OrchestrationHarness.RunAsync(args);
if (args is ["filing-requests", ..])
    return await DisclosureRequests.Benchmarks.Requests.FilingRequestsHarness.RunAsync(args);
if (args is ["worklist", ..])
    return await DisclosureRequests.Benchmarks.Worklist.WorklistHarness.RunAsync(args);

BenchmarkSwitcher.FromAssembly(typeof(DisclosureRequests.Benchmarks.WorkingDayCalendarBenchmarks).Assembly).Run(args);
return 0;
