using System.Collections.Concurrent;
using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.DurableTask;

namespace DisclosureRequests.Benchmarks.Orchestrations;

/// <summary>
/// The case's round with the case taken out: each case's next instant is data the harness sets and its outbox is empty,
/// so what is measured is the orchestrations and the task hub, not the case store.
/// </summary>
public sealed class ScriptedTimers : TaskActivity<string, CaseRound>
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> dueAt = new();
    private readonly ConcurrentDictionary<string, int> steps = new();
    private readonly ConcurrentQueue<(DateTimeOffset DueAt, DateTimeOffset FiredAt)> fired = new();

    public DateTimeOffset DefaultDueAt { get; set; } = DateTimeOffset.MaxValue;
    public int CasesStepped => steps.Count;
    public int Steps => steps.Values.Sum();
    public IReadOnlyCollection<(DateTimeOffset DueAt, DateTimeOffset FiredAt)> Fired => fired;

    public void PlanAll(IEnumerable<string> caseIds, DateTimeOffset at)
    {
        foreach (var caseId in caseIds) dueAt[caseId] = at;
    }

    private static readonly CaseOutboxStep EmptyOutbox = new(0, null, null);

    public override Task<CaseRound> RunAsync(TaskActivityContext context, string caseId) =>
        Task.FromResult(new CaseRound(Timers(caseId), EmptyOutbox));

    private CaseTimerStep Timers(string caseId)
    {
        steps.AddOrUpdate(caseId, 1, (_, n) => n + 1);
        var now = TimeProvider.System.GetUtcNow();
        var due = dueAt.GetOrAdd(caseId, DefaultDueAt);
        if (due <= now && dueAt.TryUpdate(caseId, DateTimeOffset.MaxValue, due))
        {
            fired.Enqueue((due, now));
            return new CaseTimerStep(false, 1, null, null, null);
        }
        return due == DateTimeOffset.MaxValue
            ? new CaseTimerStep(false, 0, null, null, null)
            : new CaseTimerStep(false, 0, due, due - now, "scripted");
    }
}
