using CsvHelper;
using DisclosureRequests.Imports;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Benchmarks.Imports;

/// <summary>
/// Writes an import file of past cases straight to disk, row by row: received in 2025, most concluded with an outcome
/// row of section 三 taken in turn (every tenth still open), some with a fee or a remedy. Seeded, so runs compare.
/// </summary>
public static class SyntheticImportFile
{
    public static string Write(string prefix, int rows, int seed)
    {
        var random = new Random(seed);
        var path = Path.Combine(Path.GetTempPath(), $"import-{prefix}-{rows}.csv");
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        csv.WriteRecord([.. ImportColumns.All]);
        var fields = new string[ImportColumns.All.Count];
        for (var i = 0; i < rows; i++)
        {
            var received = new DateOnly(2025, 1, 2).AddDays(random.Next(330));
            var line = ReportTable.OutcomeRows[i % ReportTable.OutcomeRows.Count];
            var open = i % 10 == 9;
            fields[0] = $"{prefix}-{i + 1:D7}";
            fields[1] = received.ToString("yyyy-MM-dd");
            fields[2] = "in-person";
            fields[3] = ReportTable.ApplicantTypes[random.Next(ReportTable.ApplicantTypes.Count)].Code;
            fields[4] = "申请人" + (i % 997);
            fields[5] = "2024年本区财政预算执行情况及相关会议纪要";
            fields[6] = open ? "" : line.Outcome;
            fields[7] = open ? "" : line.Outcome == "partially-disclosed" ? "state-secret;third-party-rights" : line.Reason?.Code ?? "";
            fields[8] = open ? "" : received.AddDays(random.Next(1, 30)).ToString("yyyy-MM-dd");
            fields[9] = !open && i % 50 == 0 ? "upheld" : "";
            fields[10] = !open && i % 70 == 0 ? "pending" : "";
            fields[11] = !open && i % 70 == 0 ? "direct" : "";
            fields[12] = i % 40 == 0 ? "120.50" : "";
            csv.WriteRecord(fields);
        }
        return path;
    }
}
