namespace DisclosureRequests.Reports;

/// <summary>
/// What the annual report needs to know of one case. <paramref name="ReceivedOn"/> is the legal date of receipt
/// (Art. 31) of the application as first received, also for an application later clarified (Art. 30), since that
/// is the day it was newly received (新收). <paramref name="ConcludedOn"/> is the day the reply, lapse or withdrawal
/// became final. Results are upheld|corrected|other|pending; litigation routes direct|after-reconsideration.
/// <paramref name="RepliedWithinPeriod"/> says, for a reply (not a lapse or withdrawal), whether it went out by the
/// last day of its statutory period; null where that is not known.
/// </summary>
public sealed record CaseStatisticsRecord(
    string CaseId,
    string ApplicantType,
    DateOnly ReceivedOn,
    DateOnly? ConcludedOn,
    string? Outcome,
    string? Reason,
    decimal FeesCollected,
    DateOnly? FeesCollectedOn,
    string? ReconsiderationResult,
    DateOnly? ReconsiderationRecordedOn,
    string? LitigationRoute,
    string? LitigationResult,
    DateOnly? LitigationRecordedOn,
    bool? RepliedWithinPeriod = null);
