namespace DisclosureRequests.Calendar;

public sealed class WorkingDayCalendar
{
    private readonly DateOnly first;
    private readonly int[] workingDaysThrough;
    private readonly int[] ordinalToDayNumber;

    private WorkingDayCalendar(DateOnly first, bool[] isWorking)
    {
        this.first = first;
        workingDaysThrough = new int[isWorking.Length];
        var ordinals = new List<int>();
        var count = 0;
        for (var i = 0; i < isWorking.Length; i++)
        {
            if (isWorking[i]) { count++; ordinals.Add(first.DayNumber + i); }
            workingDaysThrough[i] = count;
        }
        ordinalToDayNumber = ordinals.ToArray();
        FirstDay = first;
        LastDay = first.AddDays(isWorking.Length - 1);
    }

    public static WorkingDayCalendar Official { get; } = LoadOfficial();
    public DateOnly FirstDay { get; }
    public DateOnly LastDay { get; }

    public static WorkingDayCalendar Parse(TextReader csv)
    {
        var rows = new Dictionary<DateOnly, bool>();
        csv.ReadLine();
        while (csv.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var parts = line.Split(',');
            rows.Add(DateOnly.ParseExact(parts[0], "yyyy-MM-dd"), parts[1] == "workday");
        }
        var first = new DateOnly(rows.Keys.Min().Year, 1, 1);
        var last = new DateOnly(rows.Keys.Max().Year, 12, 31);
        var days = new bool[last.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < days.Length; i++)
        {
            var d = first.AddDays(i);
            days[i] = rows.TryGetValue(d, out var workday) ? workday : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
        return new WorkingDayCalendar(first, days);
    }

    public WorkingDayCalendar WithClosures(IEnumerable<DateOnly> agencyClosureDays)
    {
        var days = new bool[LastDay.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < days.Length; i++) days[i] = IsWorkingDay(first.AddDays(i));
        foreach (var d in agencyClosureDays) days[Index(d)] = false;
        return new WorkingDayCalendar(first, days);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        var i = Index(date);
        return workingDaysThrough[i] - (i == 0 ? 0 : workingDaysThrough[i - 1]) == 1;
    }

    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        if (workingDays == 0) { Index(from); return from; }
        var target = workingDaysThrough[Index(from)] + workingDays - 1;
        if (target >= ordinalToDayNumber.Length) throw new DateOutsideCalendarException(LastDay.AddDays(1), FirstDay, LastDay);
        return DateOnly.FromDayNumber(ordinalToDayNumber[target]);
    }

    public int CountWorkingDays(DateOnly afterExclusive, DateOnly throughInclusive) =>
        throughInclusive <= afterExclusive ? 0 : workingDaysThrough[Index(throughInclusive)] - workingDaysThrough[Index(afterExclusive)];

    private int Index(DateOnly date)
    {
        var i = date.DayNumber - first.DayNumber;
        if (i < 0 || i >= workingDaysThrough.Length) throw new DateOutsideCalendarException(date, FirstDay, LastDay);
        return i;
    }

    private static WorkingDayCalendar LoadOfficial()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream("DisclosureRequests.Calendar.cn-holiday-calendar.csv")!;
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
