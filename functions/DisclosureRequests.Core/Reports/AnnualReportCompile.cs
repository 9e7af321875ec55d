namespace DisclosureRequests.Core.Reports;

/// <summary>A compile under way: the status it started with (already stored) and its end, the final status.</summary>
public sealed record AnnualReportCompile(AnnualReportStatus Started, Task<AnnualReportStatus> Finished);
