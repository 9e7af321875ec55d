using DisclosureRequests.Core.Problems;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>The stable problem types of the annual report document.</summary>
public static class ReportDocumentProblems
{
    public static readonly ProblemType VersionNotFound = new(
        "report-version-not-found", "该年度报告没有这一发布版本", "The report has no such published version");

    public static readonly ProblemType Incomplete = new(
        "report-incomplete", "年度报告尚不完整，不能发布", "The report is not complete and cannot be published");

    public static readonly ProblemType YearNotOver = new(
        "report-year-not-over", "该年度尚未结束，不能发布该年度的政府信息公开工作年度报告", "The year is not over; its report cannot be published yet");

    public static readonly ProblemType ChangedSinceRead = new(
        "report-changed", "年度报告已被他人修改，请刷新后重试", "The report was changed by someone else; reload and retry");

    public static string IncompleteDetail(bool english, IEnumerable<string> missing) => english
        ? "Fill in before publishing: " + string.Join(", ", missing)
        : "发布前请填写：" + string.Join("、", missing);
}
