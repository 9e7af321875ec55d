using BenchmarkDotNet.Running;
using DisclosureRequests.Benchmarks.AnnualReport;

// "annual-report" and "worklist" are load harnesses against Azurite (minutes, one run); everything else is BenchmarkDotNet.
if (args is ["annual-report", ..])
    return await AnnualReportHarness.RunAsync(args);
if (args is ["worklist", ..])
    return await DisclosureRequests.Benchmarks.Worklist.WorklistHarness.RunAsync(args);

BenchmarkSwitcher.FromAssembly(typeof(DisclosureRequests.Benchmarks.WorkingDayCalendarBenchmarks).Assembly).Run(args);
return 0;
