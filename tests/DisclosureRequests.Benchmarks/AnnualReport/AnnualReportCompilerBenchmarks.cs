using BenchmarkDotNet.Attributes;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Benchmarks.AnnualReport;

/// <summary>
/// The compiler alone, over records already in memory: what the report costs once storage has handed the rows over.
/// Two sizes in one run show whether the cost per case stays the same as the year grows, and the allocation column
/// whether memory does.
/// </summary>
[MemoryDiagnoser]
public class AnnualReportCompilerBenchmarks
{
    private const int ReportYear = 2025;

    private CaseStatisticsRecord[] records = [];

    [Params(50_000, 100_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SyntheticCases(seed: 2025, ReportYear);
        records = [.. Enumerable.Range(0, Cases).Select(_ => generator.Next())];
    }

    [Benchmark]
    public int Compile()
    {
        var compiler = new AnnualReportCompiler(ReportYear);
        foreach (var record in records) compiler.Add(record);
        return compiler.Complete(DateTimeOffset.UnixEpoch).Total.Total;
    }
}
