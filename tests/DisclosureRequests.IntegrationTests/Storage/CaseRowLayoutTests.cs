using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Storage;

public sealed class CaseRowLayoutTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private TableClient Cases => app.Storage.Table(StorageNames.CasesTable);

    [Fact]
    public async Task Every_row_key_of_a_case_names_the_case_so_no_two_cases_share_one()
    {
        var agency = new Agency(app);
        var first = await agency.FileAndAssignAsync();
        var second = await agency.FileAndAssignAsync();

        var firstKeys = await RowKeysAsync(first.Id);
        var secondKeys = await RowKeysAsync(second.Id);

        Assert.Contains(CaseStore.StateRow(first.Id), firstKeys);
        Assert.Contains(CaseStore.EventRow(first.Id, 1), firstKeys);
        Assert.Empty(firstKeys.Intersect(secondKeys));
    }

    [Fact]
    public async Task A_case_stored_in_the_earlier_layout_is_read_acted_on_and_keeps_its_history_in_order()
    {
        var agency = new Agency(app);
        var receipt = await agency.FileAsync();
        var before = await agency.EventTypesAsync(receipt.Id);
        await RewriteInEarlierLayoutAsync(receipt.Id);

        await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = Agency.OfficerName });

        var after = await agency.EventTypesAsync(receipt.Id);
        Assert.Equal(before, after.Take(before.Length));
        Assert.True(after.Length > before.Length, "the assignment is a new history line after the old ones");
        var keys = await RowKeysAsync(receipt.Id);
        Assert.Contains(CaseStore.LegacyStateRow, keys);
        Assert.DoesNotContain(CaseStore.StateRow(receipt.Id), keys);
        Assert.Equal("in-progress", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());
    }

    /// <summary>The rows as an earlier version wrote them: <c>case</c> and <c>event-NNNNNN</c>, shared by every case.</summary>
    private async Task RewriteInEarlierLayoutAsync(string caseId)
    {
        var rows = await Cases.QueryAsync<TableEntity>(r => r.PartitionKey == caseId).ToListAsync();
        var actions = new List<TableTransactionAction>();
        foreach (var row in rows)
        {
            var earlier = row.RowKey == CaseStore.StateRow(caseId) ? CaseStore.LegacyStateRow
                : row.RowKey.StartsWith(CaseStore.EventRowPrefix, StringComparison.Ordinal) ? row.RowKey[..(CaseStore.EventRowPrefix.Length + 6)]
                : null;
            if (earlier is null) continue;
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(caseId, row.RowKey), row.ETag));
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(row.Where(p => p.Key is not ("odata.etag" or "Timestamp")).ToDictionary())
            {
                PartitionKey = caseId,
                RowKey = earlier,
            }));
        }
        await Cases.SubmitTransactionAsync(actions);
    }

    private async Task<List<string>> RowKeysAsync(string caseId) =>
        await Cases.QueryAsync<TableEntity>(r => r.PartitionKey == caseId, select: ["RowKey"]).Select(r => r.RowKey).ToListAsync();
}
