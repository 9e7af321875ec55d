namespace DisclosureRequests.Reports;

/// <summary>A result column of section 四 (结果维持, 结果纠正, 其他结果, 尚未审结) with its contract code.</summary>
public sealed record ReviewColumn(string Code, string Label);
