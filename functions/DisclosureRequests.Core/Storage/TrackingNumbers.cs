using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// Issues tracking numbers such as <c>2026-000042</c> from one counter row per year of receipt. The concurrent filings
/// of an instance share one counter update: it advances the counter by as many as are waiting, under its ETag, in the
/// same transaction as one row per issued number naming its case and the application received under it
/// (<see cref="PendingApplications"/>), so numbers are handed out as a contiguous block, no number is ever issued
/// twice (another instance's update makes ours fail and read again), none is left unused, and an applicant finds the
/// case by the number they were given. A case id already holding a number gets none: <see cref="AlreadyNumbered"/>.
/// </summary>
public sealed partial class TrackingNumbers(StorageClients storage)
{
    public const string Partition = "tracking-number";
    private const string LegacyCaseRow = "case";
    // The counter, then three rows per application; an application's rows are at most about 64 KB, so a block stays
    // well inside a transaction's 4 MB.
    private const int MaxBlock = (PartitionBatches.MaxActions - 1) / 3;

    private readonly ConcurrentDictionary<int, YearCounter> years = new();

    private TableClient Table => storage.Table(StorageNames.TrackingNumbersTable);

    /// <summary>The next number of <paramref name="year"/>, recorded as issued to <paramref name="application"/> with what was received.</summary>
    public Task<string> IssueAsync(int year, PendingApplication application, CancellationToken cancellationToken) =>
        years.GetOrAdd(year, y => new YearCounter(Table, y)).IssueAsync(application, cancellationToken);

    public async Task<string?> CaseIdAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        if (!WellFormed().IsMatch(trackingNumber)) return null;
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, trackingNumber, select: ["CaseId"], cancellationToken: cancellationToken);
        // Numbers issued before the counter and its number rows shared a partition have their row under the number.
        if (!row.HasValue) row = await Table.GetEntityIfExistsAsync<TableEntity>(trackingNumber, LegacyCaseRow, select: ["CaseId"], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("CaseId") : null;
    }

    public static string Format(int year, int number) => $"{year}-{number:D6}";

    /// <summary>The year and sequence of a number in the system's own format (<c>2026-000042</c>), if it is one.</summary>
    public static (int Year, int Sequence)? Parse(string trackingNumber) =>
        WellFormed().IsMatch(trackingNumber) && int.TryParse(trackingNumber[5..], out var sequence)
            ? (int.Parse(trackingNumber[..4], System.Globalization.CultureInfo.InvariantCulture), sequence)
            : null;

    /// <summary>
    /// Records the numbers of imported cases, in the same place issued numbers are recorded: all share one partition,
    /// so they go in transactions of up to <see cref="PartitionBatches.MaxActions"/>. The numbers must be distinct.
    /// </summary>
    public Task RecordAsync(IReadOnlyCollection<(string TrackingNumber, string CaseId)> numbers, int parallelism, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(numbers.Chunk(PartitionBatches.MaxActions),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (block, ct) => await Table.SubmitTransactionAsync(block.Select(n => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace, new TableEntity(Partition, n.TrackingNumber) { ["CaseId"] = n.CaseId })), ct));

    /// <summary>Every number with the case it was issued or imported to, streamed page by page (both row layouts).</summary>
    public async IAsyncEnumerable<(string TrackingNumber, string CaseId)> AllRecordedAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var current = Table.QueryAsync<TableEntity>($"PartitionKey eq '{Partition}'", maxPerPage: 1000, select: ["RowKey", "CaseId"], cancellationToken: cancellationToken);
        await foreach (var row in current)
            if (row.GetString("CaseId") is { } caseId) yield return (row.RowKey, caseId);
        var legacy = Table.QueryAsync<TableEntity>($"RowKey eq '{LegacyCaseRow}'", maxPerPage: 1000, select: ["PartitionKey", "CaseId"], cancellationToken: cancellationToken);
        await foreach (var row in legacy) yield return (row.PartitionKey, row.GetString("CaseId") ?? "");
    }

    /// <summary>
    /// Raises a year's counter to at least <paramref name="last"/>, so a number imported in the system's own format is
    /// never issued again to a new application. An instance holding the counter's old ETag reads it again on its next issue.
    /// </summary>
    public async Task ReserveThroughAsync(int year, int last, CancellationToken cancellationToken)
    {
        var rowKey = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; ; attempt++)
        {
            var current = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken);
            try
            {
                if (!current.HasValue || current.Value is null)
                    await Table.AddEntityAsync(new TableEntity(Partition, rowKey) { ["Last"] = last }, cancellationToken);
                else if (Convert.ToInt32(current.Value["Last"], System.Globalization.CultureInfo.InvariantCulture) < last)
                    await Table.UpdateEntityAsync(new TableEntity(Partition, rowKey) { ["Last"] = last }, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (Azure.RequestFailedException e) when (e.Status is 409 or 412 && attempt < 200)
            {
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{6,9}$")]
    private static partial System.Text.RegularExpressions.Regex WellFormed();

    private sealed class YearCounter(TableClient table, int year)
    {
        private readonly List<Waiter> waiting = [];
        private bool running;
        private TableEntity? known;

        public Task<string> IssueAsync(PendingApplication application, CancellationToken cancellationToken)
        {
            var waiter = new Waiter(application, cancellationToken, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
            bool start;
            lock (waiting)
            {
                waiting.Add(waiter);
                start = !running;
                running = true;
            }
            if (start) _ = Task.Run(DrainAsync);
            return waiter.Number.Task.WaitAsync(cancellationToken);
        }

        private async Task DrainAsync()
        {
            while (true)
            {
                List<Waiter> block;
                lock (waiting)
                {
                    waiting.RemoveAll(w => w.CancellationToken.IsCancellationRequested && w.Number.TrySetCanceled(w.CancellationToken));
                    block = waiting.Take(MaxBlock).ToList();
                    waiting.RemoveRange(0, block.Count);
                    if (block.Count == 0)
                    {
                        running = false;
                        return;
                    }
                }
                try
                {
                    var first = await AdvanceAsync(block);
                    for (var i = 0; i < block.Count; i++) block[i].Number.TrySetResult(Format(year, first + i));
                }

                catch (Exception e)
                {
                    known = null;
                    foreach (var waiter in block) waiter.Number.TrySetException(e);
                }
            }
        }

        /// <summary>
        /// Advances the counter by the block's size and records each number's case; answers the block's first number.
        /// A waiter whose case id already holds a number is answered <see cref="AlreadyNumbered"/> and leaves the block.
        /// </summary>
        private async Task<int> AdvanceAsync(List<Waiter> block)
        {
            for (var attempt = 0; block.Count > 0; attempt++)
            {
                var counter = known ?? await ReadAsync();
                var last = counter is null ? 0 : Convert.ToInt32(counter["Last"], System.Globalization.CultureInfo.InvariantCulture);
                var updated = new TableEntity(Partition, year.ToString(System.Globalization.CultureInfo.InvariantCulture)) { ["Last"] = last + block.Count };
                var actions = new List<TableTransactionAction>
                {
                    counter is null
                        ? new(TableTransactionActionType.Add, updated)
                        : new(TableTransactionActionType.UpdateReplace, updated, counter.ETag),
                };
                for (var i = 0; i < block.Count; i++)
                {
                    var number = Format(year, last + 1 + i);
                    actions.Add(new(TableTransactionActionType.Add, new TableEntity(Partition, number) { ["CaseId"] = block[i].Application.CaseId }));
                    actions.AddRange(PendingApplications.Rows(number, block[i].Application).Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
                }
                try
                {
                    var response = await table.SubmitTransactionAsync(actions, CancellationToken.None);
                    var etag = response.Value[0].Headers.ETag;
                    known = etag is { } e ? new TableEntity(updated.PartitionKey, updated.RowKey) { ["Last"] = last + block.Count, ETag = e } : null;
                    return last + 1;
                }
                catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex is { } index
                                                                && PendingApplications.IsClaim(actions[index].Entity.RowKey))
                {
                    var claimed = block.First(w => PendingApplications.ClaimRow(w.Application.CaseId) == actions[index].Entity.RowKey);
                    block.Remove(claimed);
                    claimed.Number.TrySetException(new AlreadyNumbered());
                }
                catch (Exception e) when (e is TableTransactionFailedException { Status: 409 or 412 } or Azure.RequestFailedException { Status: 409 or 412 } && attempt < 100)
                {
                    // Another instance issued numbers meanwhile: read the counter again.
                    known = null;
                    if (attempt > 0) await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 + Math.Min(attempt, 20) * 5)));
                }
            }
            return 0;
        }

        private async Task<TableEntity?> ReadAsync()
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return row.HasValue ? row.Value : null;
        }
    }

    private sealed record Waiter(PendingApplication Application, CancellationToken CancellationToken, TaskCompletionSource<string> Number);
}

/// <summary>The case id already holds a tracking number: a retry of a submission that got one.</summary>
public sealed class AlreadyNumbered() : InvalidOperationException("This case id already holds a tracking number.");
