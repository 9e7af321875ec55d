using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

/// <summary>行政诉讼 of section 四, by route: 未经复议直接起诉 and 复议后起诉.</summary>
public sealed record LitigationCounts(
    [property: JsonPropertyName(ReportTable.LitigationDirect), JsonPropertyOrder(0)] ReviewResultCounts Direct,
    [property: JsonPropertyName(ReportTable.LitigationAfterReconsideration), JsonPropertyOrder(1)] ReviewResultCounts AfterReconsideration);
