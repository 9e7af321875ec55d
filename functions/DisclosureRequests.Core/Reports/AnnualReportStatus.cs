namespace DisclosureRequests.Core.Reports;

/// <summary>
/// <c>annual/{year}/status.json</c>: where the latest compile of a year stands. <see cref="Processed"/> counts the
/// case records read so far. <see cref="ReportCompiledAt"/> is when the report now served was compiled, which a
/// failed compile leaves in place. A report of the current year is <see cref="Provisional"/>: the year is not over.
/// </summary>
public sealed record AnnualReportStatus(
    int Year,
    string State,
    bool Provisional,
    int Processed,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompiledAt = null,
    DateTimeOffset? ReportCompiledAt = null,
    string? Error = null,
    IReadOnlyList<string>? CaseIds = null,
    IReadOnlyList<string>? UnbalancedColumns = null)
{
    public const string Compiling = "compiling";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
