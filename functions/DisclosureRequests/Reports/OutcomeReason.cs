namespace DisclosureRequests.Reports;

/// <summary>A numbered sub-row of an outcome (e.g. "1.属于国家秘密") with its reason code.</summary>
public sealed record OutcomeReason(string Code, string Label);
