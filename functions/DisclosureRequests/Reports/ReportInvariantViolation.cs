namespace DisclosureRequests.Reports;

/// <summary>
/// The annual report cannot be published as compiled: some case records are malformed, or the balance the format
/// states (一 + 二 = 三（七） + 四) fails for some applicant columns.
/// </summary>
public sealed class ReportInvariantViolation : Exception
{
    public ReportInvariantViolation(int year, IReadOnlyList<MalformedCase> malformedCases, IReadOnlyList<string> unbalancedColumns)
        : base(Describe(year, malformedCases, unbalancedColumns))
    {
        Year = year;
        MalformedCases = malformedCases;
        UnbalancedColumns = unbalancedColumns;
    }

    public int Year { get; }

    public IReadOnlyList<MalformedCase> MalformedCases { get; }

    public IReadOnlyList<string> CaseIds => [.. MalformedCases.Select(c => c.CaseId)];

    /// <summary>Applicant type codes (or "total") whose column does not balance.</summary>
    public IReadOnlyList<string> UnbalancedColumns { get; }

    private static string Describe(int year, IReadOnlyList<MalformedCase> cases, IReadOnlyList<string> columns)
    {
        var parts = new List<string>();
        if (cases.Count > 0)
        {
            parts.Add($"malformed cases: {string.Join("; ", cases.Select(c => $"{c.CaseId} ({c.Problem})"))}");
        }
        if (columns.Count > 0)
        {
            parts.Add($"received + carried over differs from concluded + carried forward in columns {string.Join(", ", columns)}");
        }
        return $"The {year} annual report does not balance: {string.Join("; ", parts)}.";
    }
}
