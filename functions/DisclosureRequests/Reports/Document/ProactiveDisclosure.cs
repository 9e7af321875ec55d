namespace DisclosureRequests.Reports;

/// <summary>
/// Section 二, 主动公开政府信息情况, the figures of the national table: rules (规章) and normative documents
/// (行政规范性文件) under Art. 20(1); licensing decisions under Art. 20(5); penalty and enforcement decisions under
/// Art. 20(6); administrative fees collected under Art. 20(8), in units of ten thousand yuan as the table prints them.
/// They come from the agency's other work, so an administrator enters them.
/// </summary>
public sealed record ProactiveDisclosure(
    LegislationCounts Rules,
    LegislationCounts NormativeDocuments,
    int Licensing,
    int Penalties,
    int Enforcement,
    decimal FeesTenThousandYuan)
{
    public static ProactiveDisclosure Empty { get; } = new(LegislationCounts.Zero, LegislationCounts.Zero, 0, 0, 0, 0m);
}
