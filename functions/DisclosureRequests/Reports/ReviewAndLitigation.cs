using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

/// <summary>Section 四, 政府信息公开行政复议、行政诉讼情况.</summary>
public sealed record ReviewAndLitigation(
    [property: JsonPropertyOrder(0)] ReviewResultCounts Reconsideration,
    [property: JsonPropertyOrder(1)] LitigationCounts Litigation)
{
    /// <summary>The 15 numbers of the printed row: 行政复议, then 未经复议直接起诉, then 复议后起诉, each ending in 总计.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> InPrintedOrder =>
    [
        .. Reconsideration.InPrintedOrder,
        .. Litigation.Direct.InPrintedOrder,
        .. Litigation.AfterReconsideration.InPrintedOrder,
    ];
}
