using System.Text.Json;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>Renders an annual report in the formats an administrator can download.</summary>
public static class AnnualReportExports
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly IReadOnlyDictionary<string, Func<AnnualReport, string?, ReportFile>> Renderers =
        new Dictionary<string, Func<AnnualReport, string?, ReportFile>>(StringComparer.OrdinalIgnoreCase)
        {
            ["json"] = (report, _) => new(JsonSerializer.SerializeToUtf8Bytes(report, Json), "application/json; charset=utf-8", "json"),
            ["csv"] = (report, _) => new(AnnualReportCsv.Render(report), "text/csv; charset=utf-8", "csv"),
            ["xlsx"] = (report, _) => new(AnnualReportXlsx.Render(report),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            ["md"] = (report, publisher) => new(AnnualReportMarkdown.Render(report, publisher), "text/markdown; charset=utf-8", "md"),
            ["html"] = (report, publisher) => new(AnnualReportHtml.Render(report, publisher), "text/html; charset=utf-8", "html"),
        };

    public static IReadOnlyList<string> SupportedFormats { get; } = ["json", "csv", "xlsx", "md", "html"];

    /// <summary>
    /// Renders <paramref name="report"/> as <paramref name="format"/> (see <see cref="SupportedFormats"/>).
    /// <paramref name="publisher"/>, the agency publishing the report, heads the Markdown and HTML pages.
    /// </summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="SupportedFormats"/>.</exception>
    public static ReportFile Render(AnnualReport report, string format, string? publisher = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Renderers.TryGetValue(format ?? "", out var render)
            ? render(report, publisher)
            : throw new ArgumentException(
                $"Unsupported report format '{format}'. Supported formats: {string.Join(", ", SupportedFormats)}.",
                nameof(format));
    }

    /// <summary>The page heading: the publisher's annual report of the year (Art. 49).</summary>
    internal static string Heading(AnnualReport report, string? publisher) =>
        $"{publisher?.Trim()}{report.Year}年政府信息公开工作年度报告";
}
