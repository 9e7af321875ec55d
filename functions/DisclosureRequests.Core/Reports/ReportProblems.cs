using DisclosureRequests.Core.Problems;

namespace DisclosureRequests.Core.Reports;

/// <summary>The stable problem types of the annual report endpoints.</summary>
public static class ReportProblems
{
    public static readonly ProblemType NotCompiled = new(
        "report-not-compiled", "该年度的政府信息公开工作年度报告尚未生成", "The annual report of that year has not been compiled");

    public static readonly ProblemType DoesNotBalance = new(
        "report-does-not-balance",
        "年度报告未能生成：部分申请的统计数据无法计入，或“第一项加第二项之和等于第三项加第四项之和”的勾稽关系不成立",
        "The annual report was not compiled: some cases cannot be counted, or received plus carried over differs from concluded plus carried forward");

    public static string YearMessage(bool english, int currentYear) => english
        ? $"The year must be between {ReportYears.First} and {currentYear}"
        : $"年度应为{ReportYears.First}年至{currentYear}年之间的年份";

    public static string FormatMessage(bool english, IReadOnlyList<string> formats) => english
        ? $"The format must be one of: {string.Join(", ", formats)}"
        : $"文件格式应为以下之一：{string.Join("、", formats)}";
}
