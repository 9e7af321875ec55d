using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using DisclosureRequests.Calendar;

namespace DisclosureRequests.Benchmarks;

/// <summary>
/// What a publication costs each instance (composing the calendar in force and its weekends-only estimate from the
/// built-in years and a published one), and that queries on the composed calendar run as fast as on the built-in one:
/// the calendar stays one immutable object, only the reference to it changes.
/// </summary>
[Config(typeof(OperationsPerSecondConfig))]
[MemoryDiagnoser]
public class CalendarCompositionBenchmarks
{
    private const int Batch = 4096;

    private static readonly HolidayNotice Notice2027 = new(2027,
        [new(2027, 1, 1), new(2027, 2, 5), new(2027, 2, 8), new(2027, 2, 9), new(2027, 2, 10), new(2027, 2, 11), new(2027, 4, 5),
         new(2027, 5, 3), new(2027, 5, 4), new(2027, 5, 5), new(2027, 6, 9), new(2027, 9, 15), new(2027, 10, 1), new(2027, 10, 4),
         new(2027, 10, 5), new(2027, 10, 6), new(2027, 10, 7)],
        [new(2027, 2, 20), new(2027, 4, 25), new(2027, 5, 8), new(2027, 9, 26), new(2027, 10, 9)]);

    private readonly WorkingDayCalendar _builtIn = WorkingDayCalendar.Official;
    private readonly WorkingDayCalendar _composed = WorkingDayCalendar.Official.WithNotices([Notice2027]);
    private readonly DateOnly[] _from = new DateOnly[Batch];
    private readonly int[] _workingDays = new int[Batch];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261210);
        var span = _builtIn.LastDay.DayNumber - _builtIn.FirstDay.DayNumber - 100;
        for (var i = 0; i < Batch; i++)
        {
            _from[i] = _builtIn.FirstDay.AddDays(random.Next(span));
            _workingDays[i] = random.Next(0, 61);
        }
    }

    [Benchmark]
    public DateOnly ComposeOnPublication()
    {
        var calendar = _builtIn.WithNotices([Notice2027]).WithClosures([new DateOnly(2027, 3, 1)]);
        return calendar.WithWeekendsOnlyThrough(calendar.LastDay.Year + 2).LastDay;
    }

    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    public int AddWorkingDaysBuiltIn() => Sum(_builtIn);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int AddWorkingDaysComposed() => Sum(_composed);

    private int Sum(WorkingDayCalendar calendar)
    {
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += calendar.AddWorkingDays(_from[i], _workingDays[i]).DayNumber;
        }

        return sum;
    }

    private sealed class OperationsPerSecondConfig : ManualConfig
    {
        public OperationsPerSecondConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
