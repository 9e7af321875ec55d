namespace DisclosureRequests.Core.Reports.Orchestration;

/// <summary>What the last step of a compile stores: the report read to <see cref="Position"/>, or the <see cref="Error"/> that stopped it.</summary>
public sealed record AnnualReportEnd(AnnualReportStatus Status, AnnualReportPosition? Position, string? Error);
