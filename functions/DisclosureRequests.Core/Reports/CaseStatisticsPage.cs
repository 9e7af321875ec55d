using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>One page of case statistics rows: the records that could be read, how many rows came, and where the next page starts.</summary>
public sealed record CaseStatisticsPage(IReadOnlyList<CaseStatisticsRecord> Records, int Rows, string? Continuation);
