using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using DisclosureRequests.Calendar;

namespace DisclosureRequests.Benchmarks;

/// <summary>
/// Calendar queries on dates spread over every covered year; each invocation runs a batch of precomputed inputs,
/// so the figures are per single query.
/// </summary>
[Config(typeof(OperationsPerSecondConfig))]
public class WorkingDayCalendarBenchmarks
{
    private const int Batch = 4096;

    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Official;
    private readonly DateOnly[] _from = new DateOnly[Batch];
    private readonly DateOnly[] _through = new DateOnly[Batch];
    private readonly int[] _workingDays = new int[Batch];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20180101);
        // Leaves room for 60 working days after the latest start, so no query leaves the calendar.
        var span = _calendar.LastDay.DayNumber - _calendar.FirstDay.DayNumber - 100;
        for (var i = 0; i < Batch; i++)
        {
            var a = _calendar.FirstDay.AddDays(random.Next(span));
            var b = _calendar.FirstDay.AddDays(random.Next(span));
            (_from[i], _through[i]) = a <= b ? (a, b) : (b, a);
            _workingDays[i] = random.Next(0, 61);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AddWorkingDays()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += _calendar.AddWorkingDays(_from[i], _workingDays[i]).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int CountWorkingDays()
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += _calendar.CountWorkingDays(_from[i], _through[i]);
        }

        return sum;
    }

    private sealed class OperationsPerSecondConfig : ManualConfig
    {
        public OperationsPerSecondConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
