using System.Collections.Concurrent;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases.Orchestration;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>
/// A case whose timer plan the test writes as data, on the wall clock, so an orchestration test waits seconds, not
/// working days: the step activity fires what is due by now, as the case would, and reports the next instant.
/// </summary>
public sealed class ScriptedCase
{
    private readonly object gate = new();
    private readonly List<(TimerKind Kind, DateTimeOffset DueAt)> planned = [];

    public ConcurrentQueue<(TimerKind Kind, DateTimeOffset DueAt, DateTimeOffset FiredAt)> Fired { get; } = new();
    public int Steps => steps;
    public bool Closed { get; private set; }
    private int steps;

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public ScriptedCase Plan(TimerKind kind, DateTimeOffset dueAt)
    {
        lock (gate) planned.Add((kind, dueAt));
        return this;
    }

    /// <summary>What a command does to the plan: timers move, or the case closes with nothing more due.</summary>
    public void Change(Action<List<(TimerKind Kind, DateTimeOffset DueAt)>> change, bool close = false)
    {
        lock (gate)
        {
            change(planned);
            Closed = close;
        }
    }

    public CaseTimerStep Step()
    {
        Interlocked.Increment(ref steps);
        lock (gate)
        {
            var now = Now;
            var due = planned.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).ToList();
            foreach (var timer in due)
            {
                Fired.Enqueue((timer.Kind, timer.DueAt, now));
                planned.Remove(timer);
            }
            if (planned.Count == 0) return Closed ? CaseTimerStep.Closed(due.Count) : new CaseTimerStep(false, due.Count, null, null, null);
            var next = planned.MinBy(t => t.DueAt);
            return new CaseTimerStep(false, due.Count, next.DueAt, next.DueAt - now, next.Kind.ToString());
        }
    }
}
