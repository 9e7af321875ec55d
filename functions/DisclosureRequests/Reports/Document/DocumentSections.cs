namespace DisclosureRequests.Reports;

/// <summary>The six sections of the annual report, in the order and words of the 2021 format.</summary>
public static class DocumentSections
{
    public const string Overview = "一、总体情况";
    public const string ProactiveDisclosure = "二、主动公开政府信息情况";
    public const string Applications = ReportTable.Section3Title;
    public const string ReviewAndLitigation = ReportTable.Section4Title;
    public const string ProblemsAndImprovements = "五、存在的主要问题及改进情况";
    public const string OtherMatters = ReportTable.Section6Title;

    public static IReadOnlyList<string> All { get; } =
        [Overview, ProactiveDisclosure, Applications, ReviewAndLitigation, ProblemsAndImprovements, OtherMatters];
}
