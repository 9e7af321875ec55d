using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>
/// Streams the <c>CaseStatistics</c> rows that can count in a year's report, page by page, so memory stays flat
/// however many cases there are. The table service does the filtering: rows concluded before the year, with nothing
/// of theirs recorded in it, never leave storage.
/// </summary>
public sealed class CaseStatisticsReader(StorageClients storage)
{
    /// <summary>The largest page the table service returns.</summary>
    public const int PageSize = 1000;

    private TableClient Table => storage.Table(StorageNames.CaseStatisticsTable);

    /// <summary>
    /// Rows that can count in <paramref name="year"/>; rows that cannot be read at all (a date that does not parse)
    /// are not yielded but added to <paramref name="unreadable"/>, so the report can name them instead of skipping them.
    /// </summary>
    public async IAsyncEnumerable<CaseStatisticsRecord> ReadAsync(
        int year, ICollection<MalformedCase> unreadable, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        var pages = Table.QueryAsync<TableEntity>(Filter(year), PageSize, CaseStatisticsRows.Columns, cancellationToken).AsPages();
        await foreach (var page in pages.ConfigureAwait(false))
        {
            foreach (var row in page.Values)
            {
                if (CaseStatisticsRows.Record(row, out var problem) is { } record) yield return record;
                else unreadable.Add(new MalformedCase(row.RowKey, problem!));
            }
        }
    }

    /// <summary>
    /// One page of the rows <see cref="ReadAsync"/> streams, from <paramref name="continuation"/> (null: the first page),
    /// and the continuation of the next (null: none left). A compile that stops between pages goes on from there.
    /// </summary>
    public async Task<CaseStatisticsPage> ReadPageAsync(
        int year, string? continuation, int pageSize, ICollection<MalformedCase> unreadable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var size = Math.Min(pageSize, PageSize);
        var pages = Table.QueryAsync<TableEntity>(Filter(year), size, CaseStatisticsRows.Columns, cancellationToken).AsPages(continuation, size);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            var records = new List<CaseStatisticsRecord>(page.Values.Count);
            foreach (var row in page.Values)
            {
                if (CaseStatisticsRows.Record(row, out var problem) is { } record) records.Add(record);
                else unreadable.Add(new MalformedCase(row.RowKey, problem!));
            }
            return new CaseStatisticsPage(records, page.Values.Count, page.ContinuationToken);
        }
        return new CaseStatisticsPage([], 0, null);
    }

    /// <summary>
    /// Received in or before the year (the partitions up to it), and: received in it; or concluded on or after its
    /// first day, or still open (carried over, concluded or carried forward); or with a fee, reconsideration or lawsuit
    /// recorded in it (section 四 and the fees count by the day they were recorded).
    /// </summary>
    public static string Filter(int year)
    {
        var partition = year.ToString("D4", CultureInfo.InvariantCulture);
        var first = new DateOnly(year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = new DateOnly(year, 12, 31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        const string fees = CaseStatisticsRows.FeesCollectedOn;
        const string reconsideration = CaseStatisticsRows.ReconsiderationRecordedOn;
        const string litigation = CaseStatisticsRows.LitigationRecordedOn;
        const string concluded = CaseStatisticsRows.ConcludedOn;
        return $"PartitionKey le '{partition}' and (PartitionKey eq '{partition}'"
            + $" or {concluded} ge '{first}' or {concluded} eq ''"
            + $" or ({fees} ge '{first}' and {fees} le '{last}')"
            + $" or ({reconsideration} ge '{first}' and {reconsideration} le '{last}')"
            + $" or ({litigation} ge '{first}' and {litigation} le '{last}'))";
    }
}
