using Azure.Data.Tables;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Reports;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>
/// Case statistics rows written straight to the table, as the projection leaves them: cases of 2024 and 2025 of every
/// applicant type and outcome row, some still open, some with fees, reconsiderations and lawsuits in 2025.
/// </summary>
internal static class SeededCaseRows
{
    public static IReadOnlyList<CaseStatisticsRecord> For2025(int count) => [.. Enumerable.Range(0, count).Select(Record)];

    public static async Task WriteAsync(string connectionString, IReadOnlyList<CaseStatisticsRecord> records)
    {
        var table = new TableClient(connectionString, StorageNames.CaseStatisticsTable);
        await table.CreateIfNotExistsAsync();
        foreach (var partition in records.Select(CaseStatisticsRows.Entity).GroupBy(e => e.PartitionKey))
            foreach (var batch in partition.Chunk(100))
                await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
    }

    private static CaseStatisticsRecord Record(int i)
    {
        var applicant = ReportTable.ApplicantTypes[i % ReportTable.ApplicantTypes.Count].Code;
        var received = new DateOnly(i % 3 == 0 ? 2024 : 2025, 1, 2).AddDays(i % 300);
        var row = ReportTable.OutcomeRows[i % ReportTable.OutcomeRows.Count];
        var concluded = i % 5 == 4 ? (DateOnly?)null : received.AddDays(20 + i % 40);
        var record = new CaseStatisticsRecord(
            $"case-{i:D6}", applicant, received, concluded, concluded is null ? null : row.Outcome, concluded is null ? null : row.Reason?.Code,
            0m, null, null, null, null, null, null, concluded is null ? null : i % 4 != 0);
        if (i % 7 == 0) record = record with { FeesCollected = 10m + i, FeesCollectedOn = received.AddDays(3) };
        if (i % 11 == 0) record = record with { ReconsiderationResult = "upheld", ReconsiderationRecordedOn = new DateOnly(2025, 11, 3) };
        if (i % 13 == 0) record = record with { LitigationRoute = "direct", LitigationResult = "pending", LitigationRecordedOn = new DateOnly(2025, 12, 1) };
        return record;
    }
}
