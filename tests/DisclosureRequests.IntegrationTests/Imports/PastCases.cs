using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DisclosureRequests.Imports;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DisclosureRequests.IntegrationTests.Imports;

/// <summary>Import files written as an agency would fill in the template, and the request that sends them.</summary>
internal static class PastCases
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One row by column name; columns not given are left empty.</summary>
    public static Dictionary<string, string> Row(
        string trackingNumber, string receivedOn, string applicantType = "natural-person", string? outcome = null, string? reason = null,
        string? closedOn = null, string? reconsideration = null, string? litigation = null, string? route = null, string? fee = null,
        string channel = "in-person") => new()
        {
            [ImportColumns.TrackingNumber] = trackingNumber,
            [ImportColumns.ReceivedOn] = receivedOn,
            [ImportColumns.Channel] = channel,
            [ImportColumns.ApplicantType] = applicantType,
            [ImportColumns.ApplicantName] = "李四",
            [ImportColumns.Description] = "2024年本区财政预算执行情况",
            [ImportColumns.Outcome] = outcome ?? "",
            [ImportColumns.Reason] = reason ?? "",
            [ImportColumns.ClosedOn] = closedOn ?? "",
            [ImportColumns.Reconsideration] = reconsideration ?? "",
            [ImportColumns.Litigation] = litigation ?? "",
            [ImportColumns.LitigationRoute] = route ?? "",
            [ImportColumns.FeeYuan] = fee ?? "",
        };

    /// <summary>
    /// A row for every outcome row of section 三, with the applicant types, channels and remedies taken in turn, so
    /// one file holds every code the import accepts; all received and closed in 2025.
    /// </summary>
    public static List<Dictionary<string, string>> EveryCode(string prefix)
    {
        string[] results = ["upheld", "corrected", "other", "pending"];
        var rows = new List<Dictionary<string, string>>();
        var i = 0;
        foreach (var line in ReportTable.OutcomeRows)
        {
            var reason = line.Outcome == "partially-disclosed" ? "state-secret;third-party-rights" : line.Reason?.Code;
            var remedy = line.Outcome is "other" && line.Reason?.Code == "other" ? null : results[i % 4];
            rows.Add(Row($"{prefix}-{i + 1:D3}", "2025-03-03", ReportTable.ApplicantTypes[i % 6].Code, line.Outcome, reason,
                closedOn: "2025-04-01",
                reconsideration: i % 3 == 0 ? remedy : null,
                litigation: i % 3 != 2 ? remedy : null,
                route: i % 3 == 0 && remedy is not null ? "after-reconsideration" : i % 3 == 1 && remedy is not null ? "direct" : null,
                channel: DisclosureRequests.Intake.ApplicationRules.Channels[i % 5]));
            i++;
        }
        rows.Add(Row($"{prefix}-open", "2025-12-01", "other-organization"));
        return rows;
    }

    public static string Csv(IEnumerable<IReadOnlyDictionary<string, string>> rows) =>
        string.Join("\n", new[] { string.Join(",", ImportColumns.All) }.Concat(rows.Select(r => string.Join(",", ImportColumns.All.Select(c => r[c]))))) + "\n";

    public static byte[] Xlsx(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var lines = new List<IReadOnlyList<string>> { ImportColumns.All };
            lines.AddRange(rows.Select(r => ImportColumns.All.Select(c => r[c]).ToList()));
            sheet.Worksheet = new Worksheet(new SheetData(lines.Select((cells, r) => new DocumentFormat.OpenXml.Spreadsheet.Row(
                cells.Select((text, c) => Cell(ImportColumns.All[c], text, $"{(char)('A' + c)}{r + 1}", header: r == 0)).OfType<Cell>())
            { RowIndex = (uint)(r + 1) })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1U, Name = "cases" }));
        }
        return stream.ToArray();
    }

    /// <summary>Dates as the serial numbers a spreadsheet stores when a date is typed as a date; other cells as text.</summary>
    private static Cell? Cell(string column, string text, string reference, bool header)
    {
        if (text.Length == 0) return null;
        if (!header && column is ImportColumns.ReceivedOn or ImportColumns.ClosedOn && DateOnly.TryParse(text, out var date))
            return new Cell { CellReference = reference, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> ImportCsvAsync(this HttpClient admin, string csv, string fileName = "past-cases.csv")
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        using var response = await admin.PostAsync("/api/imports/cases", content);
        return (response.StatusCode, await response.ReadJsonAsync());
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> ImportXlsxAsMultipartAsync(this HttpClient admin, byte[] xlsx, string fileName = "past-cases.xlsx")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxMediaType);
        form.Add(file, "file", fileName);
        using var response = await admin.PostAsync("/api/imports/cases", form);
        return (response.StatusCode, await response.ReadJsonAsync());
    }

    /// <summary>The (row, field) pairs of an import problem.</summary>
    public static (int Row, string Field)[] Errors(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString()!))];
}
