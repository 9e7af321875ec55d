using BenchmarkDotNet.Running;
using DisclosureRequests.Benchmarks.AnnualReport;

// "annual-report" is a load harness against Azurite (minutes, one run); everything else is BenchmarkDotNet.
if (args is ["annual-report", ..])
    return await AnnualReportHarness.RunAsync(args);

BenchmarkSwitcher.FromAssembly(typeof(DisclosureRequests.Benchmarks.WorkingDayCalendarBenchmarks).Assembly).Run(args);
return 0;
