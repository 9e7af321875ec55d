using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DisclosureRequests.Core.Imports;
using DisclosureRequests.IntegrationTests.Infrastructure;
using static DisclosureRequests.IntegrationTests.Imports.PastCases;

namespace DisclosureRequests.IntegrationTests.Imports;

/// <summary>Each kind of bad row, alone in a file beside a good one: the answer names its row and column in Chinese, and nothing is stored.</summary>
public sealed class BadImportFileTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Theory]
    [InlineData("trackingNumber=", "trackingNumber")]
    [InlineData("trackingNumber=A/B", "trackingNumber")]
    [InlineData("receivedOn=2025/03/03", "receivedOn")]
    [InlineData("receivedOn=2026-12-01|outcome=|closedOn=", "receivedOn")]
    [InlineData("receivedOn=2017-06-01", "receivedOn")]
    [InlineData("closedOn=2025-03-01", "closedOn")]
    [InlineData("closedOn=", "closedOn")]
    [InlineData("outcome=", "outcome")]
    [InlineData("outcome=granted", "outcome")]
    [InlineData("outcome=withheld", "reason")]
    [InlineData("outcome=withheld|reason=not-held", "reason")]
    [InlineData("reason=duplicate", "reason")]
    [InlineData("outcome=partially-disclosed", "reason")]
    [InlineData("outcome=partially-disclosed|reason=state-secret;duplicate", "reason")]
    [InlineData("channel=email", "channel")]
    [InlineData("applicantType=person", "applicantType")]
    [InlineData("applicantName=", "applicantName")]
    [InlineData("description=", "description")]
    [InlineData("reconsideration=won", "reconsideration")]
    [InlineData("reconsideration=upheld|outcome=|closedOn=", "reconsideration")]
    [InlineData("litigation=upheld", "litigationRoute")]
    [InlineData("litigation=upheld|litigationRoute=appeal", "litigationRoute")]
    [InlineData("litigationRoute=direct", "litigationRoute")]
    [InlineData("litigation=upheld|litigationRoute=after-reconsideration", "litigationRoute")]
    [InlineData("feeYuan=-5", "feeYuan")]
    [InlineData("feeYuan=12.345", "feeYuan")]
    [InlineData("feeYuan=十元", "feeYuan")]
    public async Task A_bad_cell_is_named_by_row_and_column_and_nothing_is_imported(string change, string field)
    {
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var bad = Row($"{prefix}-bad", "2025-03-03", outcome: "disclosed", closedOn: "2025-04-01");
        foreach (var cell in change.Split('|').Select(c => c.Split('=', 2))) bad[cell[0]] = cell[1];
        var good = Row($"{prefix}-good", "2025-03-03", outcome: "disclosed", closedOn: "2025-04-01");

        var (status, problem) = await agency.Administrator.ImportCsvAsync(Csv([good, bad]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("urn:disclosure-requests:problem:import-invalid-rows", problem.GetProperty("type").GetString());
        Assert.Equal([(3, field)], problem.Errors());
        var message = problem.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.True(message.Any(c => c >= '\u4e00' && c <= '\u9fff'), message);
        Assert.Equal(1, problem.GetProperty("errorCount").GetInt32());
        await AssertNothingStoredAsync(good["trackingNumber"]);
    }

    [Fact]
    public async Task A_tracking_number_twice_in_one_file_is_refused_at_its_second_row()
    {
        var (status, problem) = await agency.Administrator.ImportCsvAsync(Csv([Row("TWICE-1", "2025-03-03"), Row("TWICE-2", "2025-03-03"), Row("TWICE-1", "2025-03-04")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(4, "trackingNumber")], problem.Errors());
        await AssertNothingStoredAsync("TWICE-2");
    }

    [Fact]
    public async Task Every_bad_row_of_a_file_is_listed_in_one_answer()
    {
        var (_, problem) = await agency.Administrator.ImportCsvAsync(Csv([
            Row("MANY-1", "2025-13-01", channel: "phone"), Row("MANY-2", "2025-03-03"), Row("MANY-3", "2025-03-03", fee: "-1")]));

        Assert.Equal([(2, "receivedOn"), (2, "channel"), (4, "feeYuan")], problem.Errors());
        Assert.Equal(3, problem.GetProperty("errorCount").GetInt32());
    }

    [Fact]
    public async Task A_header_without_a_column_of_the_template_or_with_one_it_lacks_is_refused_before_any_row()
    {
        var csv = Csv([Row("HEAD-1", "2025-03-03")]);
        var (_, missing) = await agency.Administrator.ImportCsvAsync(csv.Replace("feeYuan", "fee"));
        Assert.Equal([(1, "fee"), (1, "feeYuan")], missing.Errors());
        await AssertNothingStoredAsync("HEAD-1");
    }

    [Fact]
    public async Task A_csv_saved_in_another_encoding_than_utf8_is_refused()
    {
        var gbk = Encoding.Latin1.GetBytes(Csv([Row("ENC-1", "2025-03-03")]).Replace("李四", "\u00c0\u00ee\u00cb\u00c4"));
        using var content = new ByteArrayContent(gbk);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await agency.Administrator.PostAsync("/api/imports/cases", content);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([(2, "file")], problem.Errors());
        Assert.Contains("UTF-8", problem.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_that_is_neither_csv_nor_xlsx_is_refused_as_unsupported()
    {
        using var response = await agency.Administrator.PostAsync("/api/imports/cases", new StringContent("{}", Encoding.UTF8, "application/json"));
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:import-unsupported-file", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_sent_as_xlsx_is_refused_as_unreadable()
    {
        var (status, problem) = await agency.Administrator.ImportXlsxAsMultipartAsync(Encoding.UTF8.GetBytes("not a zip"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(1, "file")], problem.Errors());
    }

    [Fact]
    public void Every_code_the_rules_give_has_a_chinese_message()
    {
        var rules = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "functions/DisclosureRequests/Imports/ImportRowRules.cs"));
        var codes = System.Text.RegularExpressions.Regex.Matches(rules, @"Fail\([^,]+, ""([a-z0-9-]+)""\)|fail\([^,]+, ""([a-z0-9-]+)""\)")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Distinct().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains(code, ImportMessages.Codes));
    }

    private async Task AssertNothingStoredAsync(string trackingNumber)
    {
        using var response = await agency.Officer.GetAsync($"/api/cases/{ImportedCaseIds.For(trackingNumber)}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
