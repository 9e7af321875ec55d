using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

/// <summary>One group of section 四: counts by result (<see cref="ReportTable.ReviewResults"/>) and their total.</summary>
public sealed record ReviewResultCounts(
    [property: JsonPropertyOrder(0)] int Upheld,
    [property: JsonPropertyOrder(1)] int Corrected,
    [property: JsonPropertyOrder(2)] int Other,
    [property: JsonPropertyOrder(3)] int Pending)
{
    public static ReviewResultCounts Zero { get; } = new(0, 0, 0, 0);

    [JsonPropertyOrder(4)]
    public int Total => Upheld + Corrected + Other + Pending;

    /// <summary>结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> InPrintedOrder => [Upheld, Corrected, Other, Pending, Total];

    internal static ReviewResultCounts FromPrintedOrder(int[] counts) => new(counts[0], counts[1], counts[2], counts[3]);
}
