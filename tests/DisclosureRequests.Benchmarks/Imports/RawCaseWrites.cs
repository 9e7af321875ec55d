using System.Diagnostics;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Benchmarks.Imports;

/// <summary>
/// The raw write rate of an Azurite for the rows an imported case puts in the Cases table, without the importer: a
/// copy of one imported case's rows (its state row and first history line, with the same payload sizes) under new case
/// ids, their row keys naming the new case as the store's do, one transaction a partition, as many at once as the
/// importer runs. The rate is sampled on an empty table and on the Cases table as the import left it, and the rate over
/// the whole file is estimated from the two.
/// </summary>
public static class RawCaseWrites
{
    public const int Sample = 1000;
    private const int Parallelism = 16;

    /// <summary>The rows of one stored case, to copy.</summary>
    public static async Task<IReadOnlyList<TableEntity>> TemplateAsync(TableClient cases)
    {
        await foreach (var row in cases.QueryAsync<TableEntity>(
            e => e.RowKey.CompareTo(CaseStore.StateRowPrefix) >= 0 && e.RowKey.CompareTo(CaseStore.StateRowsEnd) < 0, maxPerPage: 1))
            return await cases.QueryAsync<TableEntity>(e => e.PartitionKey == row.PartitionKey).ToListAsync();
        throw new InvalidOperationException("No case was stored to copy.");
    }

    /// <summary>Cases per second for <see cref="Sample"/> copies of <paramref name="template"/> written to <paramref name="table"/>.</summary>
    public static async Task<double> CasesPerSecondAsync(TableClient table, IReadOnlyList<TableEntity> template, string prefix)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Sample), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
        {
            var partition = $"{prefix}{i:D6}".PadLeft(32, '0');
            var actions = template.Select(row => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(new Dictionary<string, object>(row.Where(p => p.Key is not ("odata.etag" or "Timestamp"))))
                {
                    PartitionKey = partition,
                    RowKey = row.RowKey.Replace(row.PartitionKey, partition, StringComparison.Ordinal),
                }));
            await table.SubmitTransactionAsync(actions, ct);
        });
        return Sample / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Cases per second over a table growing from empty to the end size: the mean of the costs a case.</summary>
    public static double OverFile(double atStart, double atEnd) => 2 / (1 / atStart + 1 / atEnd);
}
