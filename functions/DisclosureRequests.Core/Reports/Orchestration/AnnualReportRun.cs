namespace DisclosureRequests.Core.Reports.Orchestration;

/// <summary>
/// The input of an execution of <see cref="AnnualReportOrchestration"/>: the compile's status, and where the previous
/// execution stopped (null: the compile begins).
/// </summary>
public sealed record AnnualReportRun(AnnualReportStatus Status, AnnualReportPosition? Position)
{
    /// <summary>A compile of <paramref name="year"/> that begins now (by the app's clock: the report's compile time).</summary>
    public static AnnualReportRun Begin(int year, TimeProvider time) =>
        new(new AnnualReportStatus(year, AnnualReportStatus.Compiling, ReportYears.IsProvisional(year, time), 0, time.GetUtcNow()), null);
}
