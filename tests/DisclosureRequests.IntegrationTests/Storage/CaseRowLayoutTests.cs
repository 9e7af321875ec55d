using Azure.Data.Tables;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Imports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Imports;
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

        var firstKeys = await EarlierCaseLayout.RowKeysAsync(Cases, first.Id);
        var secondKeys = await EarlierCaseLayout.RowKeysAsync(Cases, second.Id);

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
        await EarlierCaseLayout.RewriteAsync(Cases, receipt.Id);

        await agency.ActAsync(agency.Officer, receipt.Id, "assign", new { assignee = Agency.OfficerName });

        var after = await agency.EventTypesAsync(receipt.Id);
        Assert.Equal(before, after.Take(before.Length));
        Assert.True(after.Length > before.Length, "the assignment is a new history line after the old ones");
        var keys = await EarlierCaseLayout.RowKeysAsync(Cases, receipt.Id);
        Assert.Contains(CaseStore.LegacyStateRow, keys);
        Assert.DoesNotContain(CaseStore.StateRow(receipt.Id), keys);
        Assert.Equal("in-progress", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Importing_again_the_file_of_a_case_stored_in_the_earlier_layout_changes_nothing()
    {
        var admin = app.Client().As(Agency.AdministratorName, StaffRoles.Administrator);
        var csv = PastCases.Csv(PastCases.EveryCode("LAYOUT").Take(1));
        var (_, first) = await admin.ImportCsvAsync(csv);
        Assert.Equal(1, first.GetProperty("created").GetInt32());
        var id = ImportedCaseIds.For("LAYOUT-001");
        await EarlierCaseLayout.RewriteAsync(Cases, id);

        var (_, again) = await admin.ImportCsvAsync(csv);

        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(1, again.GetProperty("alreadyImported").GetInt32());
        var keys = await EarlierCaseLayout.RowKeysAsync(Cases, id);
        Assert.Contains(CaseStore.LegacyStateRow, keys);
        Assert.DoesNotContain(CaseStore.StateRow(id), keys);
        Assert.Single(keys, k => k.StartsWith(CaseStore.EventRowPrefix, StringComparison.Ordinal));
    }
}
