using DisclosureRequests.Calendar;

namespace DisclosureRequests.Clock;

/// <summary>
/// Counts the reply period across pauses, one calendar query per pause: a working day counts only if it lies
/// after the start day and outside every pause, including the days a pause began and ended (architecture §4).
/// </summary>
internal static class ReplyPeriodCount
{
    /// <summary>The due date, or, when an open pause comes first, the working days still to run (DueOn null).</summary>
    public static (DateOnly? DueOn, int Remaining) Run(
        WorkingDayCalendar calendar, DateOnly periodStartsOn, int workingDays, IEnumerable<ClockPause> pauses)
    {
        var position = periodStartsOn;
        var remaining = workingDays;
        foreach (var (startedOn, endedOn) in Merge(pauses))
        {
            if (startedOn > position)
            {
                var available = calendar.CountWorkingDays(position, startedOn.AddDays(-1));
                if (available >= remaining)
                {
                    return (calendar.AddWorkingDays(position, remaining), 0);
                }

                remaining -= available;
            }

            if (endedOn is not { } end)
            {
                return (null, remaining);
            }

            if (end > position)
            {
                position = end;
            }
        }

        return (calendar.AddWorkingDays(position, remaining), 0);
    }

    /// <summary>The working days used up from the start through <paramref name="through"/>, the paused days left out.</summary>
    public static int Counted(WorkingDayCalendar calendar, DateOnly periodStartsOn, DateOnly through, IEnumerable<ClockPause> pauses)
    {
        var position = periodStartsOn;
        var counted = 0;
        foreach (var (startedOn, endedOn) in Merge(pauses))
        {
            if (startedOn > through)
            {
                break;
            }

            if (startedOn > position)
            {
                counted += calendar.CountWorkingDays(position, startedOn.AddDays(-1));
            }

            if (endedOn is not { } end)
            {
                return counted;
            }

            if (end > position)
            {
                position = end;
            }
        }

        return through > position ? counted + calendar.CountWorkingDays(position, through) : counted;
    }

    // Overlapping pauses (a third party and another agency consulted at once) stop the clock once, not twice.
    private static List<(DateOnly StartedOn, DateOnly? EndedOn)> Merge(IEnumerable<ClockPause> pauses)
    {
        var merged = new List<(DateOnly StartedOn, DateOnly? EndedOn)>();
        foreach (var pause in pauses.OrderBy(p => p.StartedOn))
        {
            if (merged.Count > 0 && (merged[^1].EndedOn is not { } lastEnd || pause.StartedOn <= lastEnd))
            {
                var last = merged[^1];
                merged[^1] = (last.StartedOn, Later(last.EndedOn, pause.EndedOn));
            }
            else
            {
                merged.Add((pause.StartedOn, pause.EndedOn));
            }
        }

        return merged;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y ? (x > y ? x : y) : null;
}
