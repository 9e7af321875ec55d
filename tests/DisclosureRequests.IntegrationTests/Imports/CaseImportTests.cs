using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using DisclosureRequests.Core.Imports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;
using static DisclosureRequests.IntegrationTests.Imports.PastCases;

namespace DisclosureRequests.IntegrationTests.Imports;

/// <summary>Past cases imported from a file: every code the import takes, read back as read-only cases that never wrote to anyone.</summary>
public sealed class CaseImportTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_csv_with_every_outcome_reason_applicant_type_channel_and_remedy_becomes_cases_marked_as_imported()
    {
        var rows = EveryCode("CSV");
        var (status, answer) = await agency.Administrator.ImportCsvAsync(Csv(rows), "2025年上半年台账.csv");

        Assert.True(status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(rows.Count, answer.GetProperty("rows").GetInt32());
        Assert.Equal(rows.Count, answer.GetProperty("created").GetInt32());
        Assert.Equal(64, answer.GetProperty("sha256").GetString()!.Length);

        foreach (var row in rows)
        {
            var id = ImportedCaseIds.For(row["trackingNumber"]);
            var view = await agency.CaseAsync(id);
            Assert.Equal(row["trackingNumber"], view.GetProperty("trackingNumber").GetString());
            Assert.Equal(row["receivedOn"], view.GetProperty("receivedOn").GetString());
            Assert.Equal(row["channel"], view.GetProperty("channel").GetString());
            Assert.Equal(row["applicantType"], view.GetProperty("application").GetProperty("applicant").GetProperty("type").GetString());
            var imported = view.GetProperty("import");
            Assert.Equal(Agency.AdministratorName, imported.GetProperty("importedBy").GetString());
            Assert.Equal("2025年上半年台账.csv", imported.GetProperty("fileName").GetString());
            Assert.Equal(answer.GetProperty("sha256").GetString(), imported.GetProperty("fileSha256").GetString());
            if (row["outcome"].Length > 0)
            {
                Assert.Equal(row["outcome"], view.GetProperty("conclusion").GetProperty("outcome").GetString());
                Assert.Equal(row["closedOn"], view.GetProperty("conclusion").GetProperty("on").GetString());
            }
            if (row["outcome"] == "partially-disclosed")
                Assert.Equal(["state-secret", "third-party-rights"], imported.GetProperty("withheldReasons").EnumerateArray().Select(r => r.GetString()));
            if (row["litigation"].Length > 0)
                Assert.Equal(row["litigationRoute"], view.GetProperty("litigation").GetProperty("route").GetString());
            Assert.Equal(["case-imported"], await agency.EventTypesAsync(id));
            Assert.Empty(await agency.OutboxKindsAsync(id));
        }
        var open = await agency.CaseAsync(ImportedCaseIds.For("CSV-open"));
        Assert.Equal("in-progress", open.GetProperty("status").GetString());
        Assert.False(open.TryGetProperty("conclusion", out _));
    }

    [Fact]
    public async Task An_xlsx_sent_as_the_one_file_of_a_form_with_dates_typed_as_dates_is_imported_the_same_way()
    {
        var rows = EveryCode("XLSX");
        var (status, answer) = await agency.Administrator.ImportXlsxAsMultipartAsync(Xlsx(rows));

        Assert.True(status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(rows.Count, answer.GetProperty("created").GetInt32());
        var first = await agency.CaseAsync(ImportedCaseIds.For("XLSX-001"));
        Assert.Equal("2025-03-03", first.GetProperty("receivedOn").GetString());
        Assert.Equal("2025-04-01", first.GetProperty("conclusion").GetProperty("on").GetString());
    }

    [Fact]
    public async Task An_imported_case_refuses_every_command_with_a_problem_saying_it_is_read_only_and_has_no_timers()
    {
        await agency.Administrator.ImportCsvAsync(Csv([Row("RO-1", "2026-02-02"), Row("RO-2", "2025-05-06", outcome: "disclosed", closedOn: "2025-05-20")]));
        var open = ImportedCaseIds.For("RO-1");

        using var assign = await agency.Officer.PostAsJsonAsync($"/api/cases/{open}/assign", new { assignee = Agency.OfficerName });
        var problem = await assign.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, assign.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:imported-case-read-only", problem.GetProperty("type").GetString());
        Assert.Contains("导入的历史记录", problem.GetProperty("title").GetString());
        await agency.ActAsync(agency.Administrator, ImportedCaseIds.For("RO-2"), "reconsideration", new { result = "upheld" }, HttpStatusCode.Conflict);

        await foreach (var timer in app.Storage.Table(StorageNames.DueTimersTable).QueryAsync<TableEntity>($"CaseId eq '{open}'"))
            Assert.Fail($"an imported case has a timer row {timer.RowKey}");
        await agency.AtAsync(new DateOnly(2026, 6, 1));
        Assert.Equal(["case-imported"], await agency.EventTypesAsync(open));
        Assert.Empty(await agency.OutboxKindsAsync(open));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_says_nothing_is_new()
    {
        var csv = Csv(EveryCode("AGAIN"));
        var (_, first) = await agency.Administrator.ImportCsvAsync(csv);
        var id = ImportedCaseIds.For("AGAIN-001");
        var before = (await app.Storage.Table(StorageNames.CasesTable).GetEntityAsync<TableEntity>(id, CaseStore.StateRow(id))).Value.ETag;

        var (status, again) = await agency.Administrator.ImportCsvAsync(csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(first.GetProperty("rows").GetInt32(), again.GetProperty("rows").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(first.GetProperty("rows").GetInt32(), again.GetProperty("alreadyImported").GetInt32());
        Assert.Equal(before, (await app.Storage.Table(StorageNames.CasesTable).GetEntityAsync<TableEntity>(id, CaseStore.StateRow(id))).Value.ETag);
        Assert.Single(await agency.HistoryAsync(id));
    }

    [Fact]
    public async Task An_import_interrupted_half_way_is_completed_by_running_it_again()
    {
        var rows = EveryCode("HALF");
        var csv = Csv(rows);
        await agency.Administrator.ImportCsvAsync(csv);
        // As if the process had stopped after the first half: the second half's cases were never written.
        var cases = app.Storage.Table(StorageNames.CasesTable);
        foreach (var row in rows.Skip(rows.Count / 2))
        {
            var id = ImportedCaseIds.For(row["trackingNumber"]);
            await foreach (var entity in cases.QueryAsync<TableEntity>(e => e.PartitionKey == id)) await cases.DeleteEntityAsync(entity);
        }

        var (status, again) = await agency.Administrator.ImportCsvAsync(csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(rows.Count - rows.Count / 2, again.GetProperty("created").GetInt32());
        foreach (var row in rows) Assert.Equal(row["trackingNumber"], (await agency.CaseAsync(ImportedCaseIds.For(row["trackingNumber"]))).GetProperty("trackingNumber").GetString());
    }

    [Fact]
    public async Task A_tracking_number_imported_from_another_file_or_issued_by_the_system_is_refused()
    {
        await agency.Administrator.ImportCsvAsync(Csv([Row("OTHER-1", "2025-02-03")]));
        var filed = await agency.FileAsync();

        var (status, problem) = await agency.Administrator.ImportCsvAsync(Csv([Row("OTHER-1", "2025-02-04"), Row(filed.TrackingNumber, "2025-02-05")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "trackingNumber"), (3, "trackingNumber")], problem.Errors());
        Assert.Equal("2025-02-03", (await agency.CaseAsync(ImportedCaseIds.For("OTHER-1"))).GetProperty("receivedOn").GetString());
    }

    [Fact]
    public async Task A_number_in_the_systems_own_format_is_never_issued_again_to_a_new_application()
    {
        await agency.Administrator.ImportCsvAsync(Csv([Row("2026-000900", "2026-01-05")]));

        var filed = await agency.FileAsync();

        Assert.Equal("2026-000901", filed.TrackingNumber);
    }

    [Fact]
    public async Task The_template_lists_the_columns_and_their_allowed_values_and_imports_as_it_is()
    {
        using var csv = await agency.Administrator.GetAsync("/api/imports/cases/template?format=csv");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith(string.Join(",", DisclosureRequests.Imports.ImportColumns.All), text.TrimStart('\uFEFF'));
        Assert.Contains("# outcome:", text);
        Assert.Contains(string.Join(" | ", ReportTable.Outcomes.Select(o => o.Code)), text);

        using var xlsx = await agency.Administrator.GetAsync("/api/imports/cases/template?format=xlsx");
        Assert.Equal(XlsxMediaType, xlsx.Content.Headers.ContentType!.MediaType);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal(["cases", ImportTemplate.GuideSheet], document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));

        var (status, problem) = await agency.Administrator.ImportCsvAsync(text);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "file")], problem.Errors());
    }
}
