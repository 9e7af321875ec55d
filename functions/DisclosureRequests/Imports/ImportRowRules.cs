using System.Globalization;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Intake;
using DisclosureRequests.Reports;
using C = DisclosureRequests.Imports.ImportColumns;

namespace DisclosureRequests.Imports;

/// <summary>
/// The rules one row of an import must meet, every cell checked so that one answer lists all that is wrong. The
/// codes are those the system itself records; outcomes it records on its own (a lapse for want of clarification or
/// of payment) are allowed here, since they happened.
/// </summary>
public static class ImportRowRules
{
    public const int MaxTrackingNumberLength = 50;
    public const decimal MaxFeeYuan = 10_000_000m;

    public static IReadOnlyList<string> Results => RemedyRecord.Results;

    public static IReadOnlyList<string> Routes => RemedyRecord.Routes;

    public static IReadOnlyList<string> WithheldReasons { get; } =
        [.. ReportTable.Outcomes.Single(o => o.Code == ReplyOutcomes.Withheld).Reasons.Select(r => r.Code)];

    /// <summary>The case the row states, or null with the reasons in <paramref name="errors"/>.</summary>
    public static ImportedCase? Check(ImportRow row, WorkingDayCalendar calendar, DateOnly today, ICollection<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        var before = errors.Count;
        void Fail(string field, string code) => errors.Add(new ImportError(row.Number, field, code));

        var trackingNumber = row[C.TrackingNumber];
        if (trackingNumber.Length == 0) Fail(C.TrackingNumber, "required");
        else if (trackingNumber.Length > MaxTrackingNumberLength || !trackingNumber.All(IsTrackingNumberCharacter)) Fail(C.TrackingNumber, "tracking-number");

        var receivedOn = Date(row, C.ReceivedOn, calendar, today, required: true, Fail);
        var closedOn = Date(row, C.ClosedOn, calendar, today, required: false, Fail);
        if (receivedOn is { } r && closedOn < r) Fail(C.ClosedOn, "closed-before-received");

        var channel = Code(row, C.Channel, ApplicationRules.Channels, "channel", Fail);
        var applicantType = Code(row, C.ApplicantType, ApplicantTypes.All, "applicant-type", Fail);
        var name = Text(row, C.ApplicantName, ApplicationRules.MaxNameLength, Fail);
        var description = Text(row, C.Description, ApplicationRules.MaxDescriptionLength, Fail);

        var outcome = Optional(row[C.Outcome]);
        var reasonText = row[C.Reason];
        string? reason = null;
        IReadOnlyList<string> withheld = [];
        if (outcome is null)
        {
            if (reasonText.Length > 0) Fail(C.Reason, "reason-without-outcome");
            if (closedOn is not null) Fail(C.Outcome, "closed-without-outcome");
        }
        else
        {
            if (row[C.ClosedOn].Length == 0) Fail(C.ClosedOn, "outcome-without-closed");
            (reason, withheld) = OutcomeReason(outcome, reasonText, Fail);
        }

        var concluded = outcome is not null;
        var reconsideration = Remedy(row, C.Reconsideration, concluded, Fail);
        var litigation = Remedy(row, C.Litigation, concluded, Fail);
        var route = Optional(row[C.LitigationRoute]);
        if (route is not null && !Routes.Contains(route)) Fail(C.LitigationRoute, "litigation-route");
        else if (route is null && litigation is not null) Fail(C.LitigationRoute, "litigation-route-required");
        else if (route is not null && row[C.Litigation].Length == 0) Fail(C.LitigationRoute, "litigation-route-without-litigation");
        else if (route == "after-reconsideration" && row[C.Reconsideration].Length == 0) Fail(C.LitigationRoute, "after-reconsideration-without-reconsideration");

        var fee = Fee(row[C.FeeYuan], Fail);

        if (errors.Count > before) return null;
        return new ImportedCase(
            row.Number, trackingNumber, receivedOn!.Value, channel!, applicantType!, name!, description!,
            outcome, reason, withheld, closedOn, reconsideration, litigation, route, fee);
    }

    /// <summary>Characters a table key may hold (no / \ # ?), and none that prints nothing.</summary>
    private static bool IsTrackingNumberCharacter(char c) =>
        !char.IsControl(c) && !char.IsWhiteSpace(c) && c is not ('/' or '\\' or '#' or '?');

    private static string? Optional(string text) => text.Length == 0 ? null : text;

    private static DateOnly? Date(ImportRow row, string column, WorkingDayCalendar calendar, DateOnly today, bool required, Action<string, string> fail)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required) fail(column, "required");
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            fail(column, "date");
            return null;
        }
        if (date > today) fail(column, "date-in-future");
        else if (date < calendar.FirstDay || date > calendar.LastDay) fail(column, "date-outside-calendar");
        return date;
    }

    private static string? Code(ImportRow row, string column, IReadOnlyList<string> allowed, string code, Action<string, string> fail)
    {
        var text = row[column];
        if (text.Length == 0) fail(column, "required");
        else if (!allowed.Contains(text)) fail(column, code);
        return text;
    }

    private static string? Text(ImportRow row, string column, int maxLength, Action<string, string> fail)
    {
        var text = row[column];
        if (text.Length == 0) fail(column, "required");
        else if (text.Length > maxLength) fail(column, "too-long");
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) fail(column, "control-characters");
        return text;
    }

    private static (string? Reason, IReadOnlyList<string> Withheld) OutcomeReason(string outcome, string text, Action<string, string> fail)
    {
        var category = ReportTable.Outcomes.FirstOrDefault(o => o.Code == outcome);
        if (category is null)
        {
            fail(C.Outcome, "outcome");
            return (null, []);
        }
        if (outcome == ReplyOutcomes.PartiallyDisclosed)
        {
            // Art. 37: what a partial disclosure withholds is withheld for a reason of （三）.
            var reasons = text.Split(ImportColumns.ReasonSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (reasons.Length == 0) fail(C.Reason, "withheld-reasons-required");
            else if (reasons.Any(r => !WithheldReasons.Contains(r))) fail(C.Reason, "withheld-reasons");
            return (null, [.. reasons.Distinct()]);
        }
        if (!category.HasReasons)
        {
            if (text.Length > 0) fail(C.Reason, "reason-not-expected");
            return (null, []);
        }
        if (text.Length == 0) fail(C.Reason, "reason-required");
        else if (category.Reasons.All(r => r.Code != text)) fail(C.Reason, "reason");
        return (text, []);
    }

    private static string? Remedy(ImportRow row, string column, bool concluded, Action<string, string> fail)
    {
        var text = Optional(row[column]);
        if (text is null) return null;
        if (!Results.Contains(text)) fail(column, "remedy-result");
        else if (!concluded) fail(column, "remedy-on-open-case");
        return text;
    }

    private static decimal Fee(string text, Action<string, string> fail)
    {
        if (text.Length == 0) return 0m;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fee)
            || fee > MaxFeeYuan || fee.Scale > 2 && fee != Math.Round(fee, 2))
        {
            fail(C.FeeYuan, "fee");
            return 0m;
        }
        return fee;
    }
}
