using Azure.Data.Tables;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// Coalesces the writes that concurrent requests of this instance make to one table partition into shared entity-group
/// transactions: while one transaction is under way the next callers wait, and then all of them go in the next one
/// (at most <see cref="MaxActions"/> actions). Azurite and Azure Storage alike do far more useful work per request
/// that way. A caller's actions always travel together, so what was one transaction stays all-or-nothing; if the shared
/// transaction fails, every caller in it gets the failure and decides for itself (retry alone, or take a slower path).
/// </summary>
public sealed class PartitionBatches(StorageClients storage)
{
    public const int MaxActions = 100;

    private readonly Dictionary<(string Table, string Partition), Lane> lanes = [];

    public Task SubmitAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        if (actions.Count == 0) return Task.CompletedTask;
        var partition = actions[0].Entity.PartitionKey;
        if (actions.Count > MaxActions || actions.Any(a => a.Entity.PartitionKey != partition))
            throw new ArgumentException("One caller's actions must fit one transaction of one partition.", nameof(actions));

        var entry = new Entry(actions, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Lane lane;
        bool start;
        lock (lanes)
        {
            var key = (table, partition);
            if (!lanes.TryGetValue(key, out lane!)) lanes[key] = lane = new Lane(key, storage.Table(table));
            lane.Waiting.Add(entry);
            start = !lane.Running;
            lane.Running = true;
        }
        if (start) _ = Task.Run(() => DrainAsync(lane));
        return entry.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync(Lane lane)
    {
        while (true)
        {
            List<Entry> batch;
            lock (lanes)
            {
                batch = Take(lane.Waiting);
                if (batch.Count == 0)
                {
                    lanes.Remove(lane.Key);
                    return;
                }
            }
            try
            {
                // The shared transaction must not die with one caller's cancellation.
                await lane.Table.SubmitTransactionAsync(batch.SelectMany(e => e.Actions), CancellationToken.None);
                foreach (var entry in batch) entry.Done.TrySetResult();
            }
            catch (Exception e)
            {
                foreach (var entry in batch) entry.Done.TrySetException(e);
            }
        }
    }

    /// <summary>As many waiting callers as fit, in arrival order; a row may appear only once in a transaction.</summary>
    private static List<Entry> Take(List<Entry> waiting)
    {
        var batch = new List<Entry>();
        var rows = new HashSet<string>();
        var count = 0;
        for (var i = 0; i < waiting.Count; i++)
        {
            var entry = waiting[i];
            if (count + entry.Actions.Count > MaxActions) break;
            if (entry.Actions.Any(a => rows.Contains(a.Entity.RowKey))) continue;
            foreach (var action in entry.Actions) rows.Add(action.Entity.RowKey);
            count += entry.Actions.Count;
            batch.Add(entry);
        }
        foreach (var entry in batch) waiting.Remove(entry);
        return batch;
    }

    private sealed record Entry(IReadOnlyList<TableTransactionAction> Actions, TaskCompletionSource Done);

    private sealed class Lane((string Table, string Partition) key, TableClient table)
    {
        public (string Table, string Partition) Key { get; } = key;
        public TableClient Table { get; } = table;
        public List<Entry> Waiting { get; } = [];
        public bool Running { get; set; }
    }
}
