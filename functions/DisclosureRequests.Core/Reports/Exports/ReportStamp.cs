using System.Globalization;
using DisclosureRequests.Calendar;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>
/// When the figures were compiled, in Beijing time as the agency reads it, and whether the year they count was still
/// running then: such a report is provisional, counted only up to that day (截至…), and says so wherever it is printed.
/// </summary>
internal static class ReportStamp
{
    internal static string CompiledAt(AnnualReport report) =>
        TimeZoneInfo.ConvertTime(report.CompiledAt, ChinaTime.Zone).ToString("yyyy年M月d日 HH:mm（北京时间）", CultureInfo.InvariantCulture);

    internal static bool IsProvisional(AnnualReport report) => ChinaTime.DateOf(report.CompiledAt) <= new DateOnly(report.Year, 12, 31);

    /// <summary>The provisional marking, or null for a report compiled after its year ended.</summary>
    internal static string? Provisional(AnnualReport report) => IsProvisional(report)
        ? $"截至{ChinaTime.DateOf(report.CompiledAt).ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}（{report.Year}年度尚未结束，本报告数据为临时统计，不是年度最终数据）"
        : null;
}
