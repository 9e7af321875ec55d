using System.Diagnostics;
using Azure.Data.Tables;

namespace DisclosureRequests.IntegrationTests.LoadAndCrash;

/// <summary>
/// What the storage itself manages: concurrent clients each committing, one after another, a transaction of four new
/// entities in a partition of their own — the shape of the case commit of a filing (state, event, outbox, command row),
/// each row key naming its case as the case store's do.
/// </summary>
public static class RawTransactionRate
{
    private const string Table = "RawTransactions";
    private static readonly string State = new('x', 2000);

    public static async Task<Rate> MeasureAsync(string connectionString, int clients, TimeSpan duration)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(Table);
        await table.CreateIfNotExistsAsync();
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var partition = Guid.NewGuid().ToString("N");
                var actions = new[] { "case", "event-000001", "outbox", "command" }.Select(row =>
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, $"{row}-{partition}") { ["State"] = row == "case" ? State : "", ["Version"] = 1 }));
                var started = Stopwatch.GetTimestamp();
                await table.SubmitTransactionAsync(actions);
                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        }));
        return new Rate(latencies.Count, clock.Elapsed, latencies);
    }
}
