using System.Collections.Concurrent;
using DisclosureRequests.Core.Cases.Orchestration;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>
/// A case's outbox the test writes as data, on the wall clock: a letter may fail a number of times, each failure
/// asking to be tried again after a while, as a mail provider's <c>Retry-After</c> does.
/// </summary>
public sealed class ScriptedOutbox
{
    private readonly object gate = new();
    private readonly List<Letter> waiting = [];

    public ConcurrentQueue<(string Id, DateTimeOffset At)> Attempts { get; } = new();
    public ConcurrentQueue<(string Id, DateTimeOffset At)> Delivered { get; } = new();

    public ScriptedOutbox Add(string id, int failures = 0, TimeSpan? retryAfter = null)
    {
        lock (gate) waiting.Add(new Letter(id, ScriptedCase.Now, failures, retryAfter ?? TimeSpan.FromSeconds(1)));
        return this;
    }

    public CaseOutboxStep Step()
    {
        lock (gate)
        {
            var now = ScriptedCase.Now;
            var delivered = 0;
            foreach (var letter in waiting.Where(l => l.DueAt <= now).ToList())
            {
                Attempts.Enqueue((letter.Id, now));
                waiting.Remove(letter);
                if (letter.Failures > 0)
                {
                    waiting.Add(letter with { DueAt = now + letter.RetryAfter, Failures = letter.Failures - 1 });
                    continue;
                }
                Delivered.Enqueue((letter.Id, now));
                delivered++;
            }
            if (waiting.Count == 0) return new CaseOutboxStep(delivered, null, null);
            var next = waiting.Min(l => l.DueAt);
            return new CaseOutboxStep(delivered, next, next - now);
        }
    }

    private sealed record Letter(string Id, DateTimeOffset DueAt, int Failures, TimeSpan RetryAfter);
}
