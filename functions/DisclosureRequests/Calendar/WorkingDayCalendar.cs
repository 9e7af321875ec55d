namespace DisclosureRequests.Calendar;

/// <summary>
/// Working days in mainland China: Monday to Friday, minus the official holidays, plus the adjusted workdays
/// (调休上班日) set by the State Council's yearly notice. Every query is a few array reads: the calendar keeps,
/// per day, how many working days precede it, and, per working day, which day it is.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string ResourceName = "DisclosureRequests.Calendar.cn-holiday-calendar.csv";

    private static readonly Lazy<WorkingDayCalendar> OfficialCalendar = new(LoadOfficial);

    private readonly int _firstDayNumber;
    private readonly bool[] _isWorking;

    // _workingBefore[i] = working days among the first i days of coverage; one longer than the coverage.
    private readonly int[] _workingBefore;

    // _workingDayIndex[k] = day index (from FirstDay) of the (k+1)th working day of coverage.
    private readonly int[] _workingDayIndex;

    private WorkingDayCalendar(DateOnly firstDay, bool[] isWorking)
    {
        FirstDay = firstDay;
        LastDay = firstDay.AddDays(isWorking.Length - 1);
        _firstDayNumber = firstDay.DayNumber;
        _isWorking = isWorking;
        _workingBefore = new int[isWorking.Length + 1];
        var workingDayIndex = new List<int>(isWorking.Length);
        for (var i = 0; i < isWorking.Length; i++)
        {
            _workingBefore[i + 1] = _workingBefore[i] + (isWorking[i] ? 1 : 0);
            if (isWorking[i])
            {
                workingDayIndex.Add(i);
            }
        }

        _workingDayIndex = workingDayIndex.ToArray();
    }

    /// <summary>The calendar built from the State Council notices shipped with this assembly, parsed once.</summary>
    public static WorkingDayCalendar Official => OfficialCalendar.Value;

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    /// <summary>Parses and checks a holiday calendar (<c>date,kind,name</c>); throws <see cref="FormatException"/> on a bad row.</summary>
    public static WorkingDayCalendar Parse(TextReader csv)
    {
        var (firstDay, isWorking) = HolidayCalendarCsv.Read(csv);
        return new WorkingDayCalendar(firstDay, isWorking);
    }

    /// <summary>
    /// The same calendar with the agency's own closure days as rest days. A closure day in a year after the calendar's
    /// last takes effect once that year's notice is added, as the calendar is composed again then; one before its
    /// first year cannot be right and is refused.
    /// </summary>
    public WorkingDayCalendar WithClosures(IEnumerable<DateOnly> agencyClosureDays)
    {
        ArgumentNullException.ThrowIfNull(agencyClosureDays);
        var isWorking = (bool[])_isWorking.Clone();
        foreach (var day in agencyClosureDays.Where(d => d <= LastDay))
        {
            isWorking[IndexOf(day)] = false;
        }

        return new WorkingDayCalendar(FirstDay, isWorking);
    }

    public bool Covers(int year) => year >= FirstDay.Year && year <= LastDay.Year;

    /// <summary>
    /// The calendar with these notices in force: a covered year is replaced, the year after the last is added. A
    /// year further on would leave a gap no date could be counted across, so it waits until the years between exist.
    /// </summary>
    public WorkingDayCalendar WithNotices(IEnumerable<HolidayNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var isWorking = new List<bool>(_isWorking);
        foreach (var notice in notices.OrderBy(n => n.Year))
        {
            var lastYear = FirstDay.AddDays(isWorking.Count - 1).Year;
            if (notice.Year < FirstDay.Year || notice.Year > lastYear + 1) continue;
            var first = new DateOnly(notice.Year, 1, 1);
            for (var day = first; day.Year == notice.Year; day = day.AddDays(1))
            {
                var index = day.DayNumber - _firstDayNumber;
                if (index == isWorking.Count) isWorking.Add(notice.IsWorkingDay(day));
                else isWorking[index] = notice.IsWorkingDay(day);
            }
        }

        return new WorkingDayCalendar(FirstDay, isWorking.ToArray());
    }

    /// <summary>
    /// The calendar extended through <paramref name="lastYear"/> counting weekends only: an estimate for years
    /// whose notice is not published, never a legal date.
    /// </summary>
    public WorkingDayCalendar WithWeekendsOnlyThrough(int lastYear)
    {
        var extra = Math.Max(0, new DateOnly(lastYear, 12, 31).DayNumber - LastDay.DayNumber);
        var isWorking = new bool[_isWorking.Length + extra];
        _isWorking.CopyTo(isWorking, 0);
        for (var i = _isWorking.Length; i < isWorking.Length; i++)
        {
            isWorking[i] = FirstDay.AddDays(i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        return new WorkingDayCalendar(FirstDay, isWorking);
    }

    public bool IsWorkingDay(DateOnly date) => _isWorking[IndexOf(date)];

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="from"/>; <paramref name="from"/> itself
    /// never counts, as a legal period does not count the day it starts on. Zero returns <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var index = IndexOf(from);
        if (workingDays == 0)
        {
            return from;
        }

        var ordinal = (long)_workingBefore[index + 1] + workingDays - 1;
        if (ordinal >= _workingDayIndex.Length)
        {
            throw OutsideCoverage(LastDay.AddDays(1));
        }

        return DateOnly.FromDayNumber(_firstDayNumber + _workingDayIndex[ordinal]);
    }

    /// <summary>Working days d with <paramref name="afterExclusive"/> &lt; d ≤ <paramref name="throughInclusive"/>; 0 when the range is empty.</summary>
    public int CountWorkingDays(DateOnly afterExclusive, DateOnly throughInclusive)
    {
        var after = IndexOf(afterExclusive);
        var through = IndexOf(throughInclusive);
        return through <= after ? 0 : _workingBefore[through + 1] - _workingBefore[after + 1];
    }

    private int IndexOf(DateOnly date)
    {
        var index = date.DayNumber - _firstDayNumber;
        if ((uint)index >= (uint)_isWorking.Length)
        {
            throw OutsideCoverage(date);
        }

        return index;
    }

    private DateOutsideCalendarException OutsideCoverage(DateOnly date) => new(date, FirstDay, LastDay);

    private static WorkingDayCalendar LoadOfficial()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
