using System.Globalization;
using Azure.Data.Tables;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>
/// The <c>CaseStatistics</c> table: one row per case, partition = year of receipt, row = case id. Every column is
/// always written, unset values as an empty string, because a table filter on a missing column is false: the reader's
/// "still open" test is <c>ConcludedOn eq ''</c>. Dates are yyyy-MM-dd, so they compare as strings.
/// </summary>
public static class CaseStatisticsRows
{
    public const string ApplicantType = "ApplicantType";
    public const string ReceivedOn = "ReceivedOn";
    public const string ConcludedOn = "ConcludedOn";
    public const string Outcome = "Outcome";
    public const string Reason = "Reason";
    public const string FeesCollected = "FeesCollected";
    public const string FeesCollectedOn = "FeesCollectedOn";
    public const string ReconsiderationResult = "ReconsiderationResult";
    public const string ReconsiderationRecordedOn = "ReconsiderationRecordedOn";
    public const string LitigationRoute = "LitigationRoute";
    public const string LitigationResult = "LitigationResult";
    public const string LitigationRecordedOn = "LitigationRecordedOn";
    public const string RepliedWithinPeriod = "RepliedWithinPeriod";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The columns the compiler needs; everything else (the version) stays on the server.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "RowKey", ApplicantType, ReceivedOn, ConcludedOn, Outcome, Reason, FeesCollected, FeesCollectedOn,
        ReconsiderationResult, ReconsiderationRecordedOn, LitigationRoute, LitigationResult, LitigationRecordedOn, RepliedWithinPeriod,
    ];

    public static string PartitionOf(DateOnly receivedOn) => receivedOn.Year.ToString("D4", CultureInfo.InvariantCulture);

    public static TableEntity Entity(CaseStatisticsRecord r) => new(PartitionOf(r.ReceivedOn), r.CaseId)
    {
        [ApplicantType] = r.ApplicantType,
        [ReceivedOn] = Format(r.ReceivedOn),
        [ConcludedOn] = Format(r.ConcludedOn),
        [Outcome] = r.Outcome ?? "",
        [Reason] = r.Reason ?? "",
        [FeesCollected] = r.FeesCollected.ToString(CultureInfo.InvariantCulture),
        [FeesCollectedOn] = Format(r.FeesCollectedOn),
        [ReconsiderationResult] = r.ReconsiderationResult ?? "",
        [ReconsiderationRecordedOn] = Format(r.ReconsiderationRecordedOn),
        [LitigationRoute] = r.LitigationRoute ?? "",
        [LitigationResult] = r.LitigationResult ?? "",
        [LitigationRecordedOn] = Format(r.LitigationRecordedOn),
        [RepliedWithinPeriod] = r.RepliedWithinPeriod switch { true => "yes", false => "no", null => "" },
    };

    /// <summary>The record a row holds, or why it cannot be read (a date or amount that does not parse).</summary>
    public static CaseStatisticsRecord? Record(TableEntity row, out string? problem)
    {
        problem = null;
        var unreadable = new List<string>();
        DateOnly? Date(string column)
        {
            var text = row.GetString(column);
            if (string.IsNullOrEmpty(text)) return null;
            if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            unreadable.Add($"{column} '{text}'");
            return null;
        }
        var received = Date(ReceivedOn);
        var concluded = Date(ConcludedOn);
        var feesOn = Date(FeesCollectedOn);
        var reconsideredOn = Date(ReconsiderationRecordedOn);
        var litigatedOn = Date(LitigationRecordedOn);
        var feesText = row.GetString(FeesCollected);
        var fees = 0m;
        if (!string.IsNullOrEmpty(feesText) && !decimal.TryParse(feesText, NumberStyles.Number, CultureInfo.InvariantCulture, out fees))
            unreadable.Add($"{FeesCollected} '{feesText}'");
        if (received is null) unreadable.Add($"{ReceivedOn} missing");
        if (unreadable.Count > 0)
        {
            problem = "unreadable " + string.Join(", ", unreadable);
            return null;
        }
        return new CaseStatisticsRecord(
            row.RowKey, row.GetString(ApplicantType) ?? "", received!.Value, concluded,
            Text(row, Outcome), Text(row, Reason), fees, feesOn,
            Text(row, ReconsiderationResult), reconsideredOn,
            Text(row, LitigationRoute), Text(row, LitigationResult), litigatedOn,
            Text(row, RepliedWithinPeriod) switch { "yes" => true, "no" => false, _ => null });
    }

    private static string? Text(TableEntity row, string column) => row.GetString(column) is { Length: > 0 } text ? text : null;

    private static string Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";
}
