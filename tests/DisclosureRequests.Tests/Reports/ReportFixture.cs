using DisclosureRequests.Reports;

namespace DisclosureRequests.Tests.Reports;

/// <summary>
/// Cases around the 2024 report whose tables are counted by hand in the tests. Applicant columns, in order:
/// natural-person, commercial-enterprise, research-institution, public-interest-organization,
/// legal-services-organization, other-organization.
/// </summary>
internal static class ReportFixture
{
    internal static CaseStatisticsRecord Case(
        string id, string applicant, string received, string? concluded = null, string? outcome = null, string? reason = null) =>
        new(id, applicant, D(received), concluded is null ? null : D(concluded), outcome, reason,
            0m, null, null, null, null, null, null);

    internal static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd");

    /// <summary>One case concluded in 2024 for every outcome row, applicant types taken in turn.</summary>
    internal static IReadOnlyList<CaseStatisticsRecord> EveryOutcomeRow { get; } =
    [
        Case("R00", "natural-person", "2024-01-08", "2024-01-30", "disclosed") with { FeesCollected = 100m, FeesCollectedOn = D("2024-06-05") },
        Case("R01", "commercial-enterprise", "2024-01-15", "2024-02-20", "partially-disclosed") with { FeesCollected = 1050.50m, FeesCollectedOn = D("2024-07-01") },
        Case("R02", "research-institution", "2024-02-01", "2024-03-01", "withheld", "state-secret"),
        Case("R03", "public-interest-organization", "2024-02-05", "2024-03-05", "withheld", "prohibited-by-law"),
        Case("R04", "legal-services-organization", "2024-02-19", "2024-03-15", "withheld", "security-stability"),
        Case("R05", "other-organization", "2024-03-01", "2024-04-01", "withheld", "third-party-rights") with { ReconsiderationResult = "corrected", ReconsiderationRecordedOn = D("2024-09-01") },
        Case("R06", "natural-person", "2024-03-11", "2024-04-08", "withheld", "internal-affairs"),
        Case("R07", "commercial-enterprise", "2024-04-01", "2024-04-29", "withheld", "process-information"),
        Case("R08", "research-institution", "2024-04-15", "2024-05-20", "withheld", "enforcement-case-file"),
        Case("R09", "public-interest-organization", "2024-05-06", "2024-06-03", "withheld", "administrative-query"),
        Case("R10", "legal-services-organization", "2024-05-13", "2024-06-11", "unavailable", "not-held") with { LitigationRoute = "direct", LitigationResult = "upheld", LitigationRecordedOn = D("2024-10-01") },
        Case("R11", "other-organization", "2024-06-03", "2024-06-28", "unavailable", "requires-creation"),
        Case("R12", "natural-person", "2024-06-17", "2024-07-15", "unavailable", "still-unclear") with
        {
            ReconsiderationResult = "upheld", ReconsiderationRecordedOn = D("2024-08-01"),
            LitigationRoute = "after-reconsideration", LitigationResult = "pending", LitigationRecordedOn = D("2024-11-11"),
        },
        Case("R13", "commercial-enterprise", "2024-07-01", "2024-07-10", "not-processed", "petition-complaint"),
        Case("R14", "research-institution", "2024-07-08", "2024-07-19", "not-processed", "duplicate"),
        Case("R15", "public-interest-organization", "2024-08-05", "2024-08-09", "not-processed", "publication"),
        Case("R16", "legal-services-organization", "2024-08-12", "2024-09-09", "not-processed", "excessive"),
        Case("R17", "other-organization", "2024-09-02", "2024-09-20", "not-processed", "confirmation"),
        Case("R18", "natural-person", "2024-09-09", "2024-10-21", "other", "clarification-lapsed"),
        Case("R19", "commercial-enterprise", "2024-10-08", "2024-12-02", "other", "fee-unpaid"),
        Case("R20", "research-institution", "2024-10-14", "2024-10-25", "other", "other"),
    ];

    /// <summary>The cases at the edges of the year and of the workflow.</summary>
    internal static IReadOnlyList<CaseStatisticsRecord> Edges { get; } =
    [
        // Received on the last day, replied on the first day of the next year.
        Case("A-new-year", "natural-person", "2024-12-31", "2025-01-01", "disclosed"),
        // Received (新收) on 20 December, clarified on 5 January, replied on 20 January.
        Case("B-clarified", "commercial-enterprise", "2024-12-20", "2025-01-20", "partially-disclosed"),
        Case("C-withdrawn", "research-institution", "2024-03-01", "2024-03-10", ReportTable.Withdrawal.Outcome, ReportTable.Withdrawal.Reason!.Code),
        Case("D-clarification-lapsed", "public-interest-organization", "2024-04-01", "2024-04-30", "other", "clarification-lapsed"),
        Case("E-fee-lapsed", "legal-services-organization", "2024-05-06", "2024-06-20", "other", "fee-unpaid"),
        // Received two years before, replied in 2024; its fee was collected in 2023, its review began in 2023.
        Case("F-from-2022", "other-organization", "2022-11-15", "2024-02-01", "withheld", "third-party-rights") with
        {
            FeesCollected = 200m, FeesCollectedOn = D("2023-12-01"),
            ReconsiderationResult = "pending", ReconsiderationRecordedOn = D("2023-12-30"),
        },
        Case("G-open-from-2023", "natural-person", "2023-08-01"),
        // Replied in 2023: not in 三 of 2024, but its reconsideration was decided in 2024.
        Case("H-replied-2023", "natural-person", "2022-01-04", "2023-05-04", "disclosed") with
        {
            ReconsiderationResult = "other", ReconsiderationRecordedOn = D("2024-02-10"),
        },
        Case("I-received-2025", "natural-person", "2025-01-03"),
    ];

    internal static IEnumerable<CaseStatisticsRecord> All => EveryOutcomeRow.Concat(Edges);

    internal static AnnualReport Compile(int year, IEnumerable<CaseStatisticsRecord> cases)
    {
        var compiler = new AnnualReportCompiler(year);
        foreach (var c in cases)
        {
            compiler.Add(c);
        }
        return compiler.Complete(new DateTimeOffset(year + 1, 1, 1, 0, 5, 0, TimeSpan.FromHours(8)));
    }
}
