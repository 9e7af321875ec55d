using DisclosureRequests.Core.Calendar;

namespace DisclosureRequests.Core.Health;

/// <summary>
/// How far the working-day calendar reaches. The State Council publishes next year's notice in November; from
/// 1 November (China time) until an administrator publishes it here, the missing year is named. Open cases whose
/// reply period runs into a year without a notice have no due date, and while any does the app is degraded. A year
/// published here that differs from the one built into the release is reported with the dates that differ.
/// </summary>
public sealed record CalendarCoverage(
    DateOnly CoveredThrough,
    int DaysLeft,
    int? MissingYear,
    int CasesWithoutDueDate,
    IReadOnlyList<CalendarYearDifference>? DifferingFromRelease,
    string? Warning)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Degraded => CasesWithoutDueDate > 0 || DifferingFromRelease is { Count: > 0 };

    public static CalendarCoverage Of(CalendarInForce inForce, DateOnly today, int casesWithoutDueDate)
    {
        var calendar = inForce.Calendar;
        var daysLeft = calendar.LastDay.DayNumber - today.DayNumber;
        int? missing = today >= new DateOnly(calendar.LastDay.Year, 11, 1) ? calendar.LastDay.Year + 1 : null;
        var differences = inForce.Differences.Select(d => new CalendarYearDifference(d.Key, d.Value)).OrderBy(d => d.Year).ToArray();
        var warnings = new List<string>();
        if (missing is { } year)
            warnings.Add($"{year}年节假日安排尚未发布：请管理员按国务院办公厅通知发布{year}年的放假和调休上班日期（PUT /api/calendar/years/{year}）。" +
                         $"发布前，答复期限延伸至{year}年的申请暂无确定的答复期限，只显示按周末估算的日期。");
        if (casesWithoutDueDate > 0)
            warnings.Add($"{casesWithoutDueDate}件办理中的申请因节假日安排尚未发布而暂无答复期限。");
        foreach (var d in differences)
            warnings.Add($"{d.Year}年：本机关发布的节假日安排与系统内置的安排在{string.Join("、", d.Dates.Select(x => x.ToString("yyyy-MM-dd")))}不一致，仍以本机关发布的为准，请核对。");
        return new CalendarCoverage(calendar.LastDay, daysLeft, missing, casesWithoutDueDate,
            differences.Length == 0 ? null : differences, warnings.Count == 0 ? null : string.Join(" ", warnings));
    }
}

/// <summary>A year whose published notice and the release's built-in one disagree on these dates.</summary>
public sealed record CalendarYearDifference(int Year, IReadOnlyList<DateOnly> Dates);
