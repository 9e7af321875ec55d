namespace DisclosureRequests.Reports;

/// <summary>
/// Why a case record cannot be counted. A record the report cannot place would silently break the balance
/// 一 + 二 = 三（七） + 四, so it is refused and named instead of skipped.
/// </summary>
internal static class CaseRecordValidation
{
    private static readonly string[] Routes = [ReportTable.LitigationDirect, ReportTable.LitigationAfterReconsideration];

    internal static string? Problem(CaseStatisticsRecord r) =>
        string.IsNullOrWhiteSpace(r.CaseId) ? "blank case id"
        : ReportTable.IndexOfApplicantType(r.ApplicantType) < 0 ? $"unknown applicant type '{r.ApplicantType}'"
        : r.ConcludedOn < r.ReceivedOn ? "concluded before it was received"
        : r.ConcludedOn is not null && r.Outcome is null ? "concluded without an outcome"
        : r.ConcludedOn is null && r.Outcome is not null ? "an outcome without a conclusion date"
        : r.Outcome is not null && ReportTable.IndexOfOutcomeRow(r.Outcome, r.Reason) < 0
            ? $"unknown outcome '{r.Outcome}' with reason '{r.Reason}'"
        : r.Outcome is null && r.Reason is not null ? "a reason without an outcome"
        : FeeProblem(r) ?? ReconsiderationProblem(r) ?? LitigationProblem(r);

    private static string? FeeProblem(CaseStatisticsRecord r) =>
        r.FeesCollected < 0 ? "negative fees"
        : r.FeesCollected != 0 && r.FeesCollectedOn is null ? "fees without a collection date"
        : r.FeesCollectedOn < r.ReceivedOn ? "fees collected before it was received"
        : null;

    private static string? ReconsiderationProblem(CaseStatisticsRecord r) =>
        (r.ReconsiderationResult is null) != (r.ReconsiderationRecordedOn is null)
            ? "a reconsideration result without its date, or a date without a result"
        : r.ReconsiderationResult is not null && ReportTable.IndexOfReviewResult(r.ReconsiderationResult) < 0
            ? $"unknown reconsideration result '{r.ReconsiderationResult}'"
        : r.ReconsiderationRecordedOn < r.ReceivedOn ? "reconsideration recorded before it was received"
        : null;

    private static string? LitigationProblem(CaseStatisticsRecord r) =>
        (r.LitigationResult is null) != (r.LitigationRecordedOn is null)
        || (r.LitigationResult is null) != (r.LitigationRoute is null)
            ? "a litigation route, result and date must be given together"
        : r.LitigationRoute is not null && !Routes.Contains(r.LitigationRoute)
            ? $"unknown litigation route '{r.LitigationRoute}'"
        : r.LitigationResult is not null && ReportTable.IndexOfReviewResult(r.LitigationResult) < 0
            ? $"unknown litigation result '{r.LitigationResult}'"
        : r.LitigationRecordedOn < r.ReceivedOn ? "litigation recorded before it was received"
        : null;
}
