using CsvHelper;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>
/// The report tables as one rectangular CSV laid out like the printed format (a merged cell's text in its first
/// position, each section under its title line), UTF-8 with a byte order mark so that Excel reads the Chinese.
/// </summary>
internal static class AnnualReportCsv
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true };

    internal static byte[] Render(AnnualReport report)
    {
        var grids = ReportGrids.Build(report);
        var width = grids.Max(g => g.Columns);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var grid in grids)
            {
                Line(csv, width, column => column == 0 ? grid.Title : "");
                for (var row = 0; row < grid.Rows; row++)
                {
                    Line(csv, width, column => grid.At(row, column)?.Text ?? "");
                }
            }
        }
        return stream.ToArray();
    }

    private static void Line(CsvWriter csv, int width, Func<int, string> field)
    {
        for (var column = 0; column < width; column++)
        {
            csv.WriteField(field(column));
        }
        csv.EndRecord();
    }
}
