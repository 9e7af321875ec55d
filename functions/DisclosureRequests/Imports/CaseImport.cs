using DisclosureRequests.Cases;
using DisclosureRequests.Clock;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Imports;

/// <summary>
/// A past case as the system keeps it: its state, concluded as the file says, and one history line naming the import.
/// Nothing goes to the outbox: the applicant was answered at the time, outside this system.
/// </summary>
public static class CaseImport
{
    public const string ImportedEvent = "case-imported";

    public static CaseDecision.Accepted Open(string id, ImportedCase row, CaseImportRecord import)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(import);
        var clock = CaseClock.Start(row.ReceivedOn);
        var closed = row is { Outcome: { } outcome, ClosedOn: { } closedOn };
        var status = !closed ? CaseStatus.InProgress
            : row.Reason is "clarification-lapsed" or "fee-unpaid" ? CaseStatus.Lapsed
            : row is { Outcome: "other", Reason: "other" } ? CaseStatus.Withdrawn
            : CaseStatus.Replied;
        var state = new CaseState
        {
            Id = id,
            TrackingNumber = row.TrackingNumber,
            Version = 1,
            LastEventSequence = 1,
            Status = status,
            // The file does not say in which form the information was wanted or how it went out.
            Application = new ApplicationDetails(new Applicant(row.ApplicantType, row.ApplicantName, null, null, null, null, null), row.Description, "", ""),
            Channel = row.Channel,
            ReceivedOn = row.ReceivedOn,
            FiledAt = import.ImportedAt,
            // No access code was ever issued, so no code matches this empty hash.
            AccessCodeHash = "",
            Clock = row.ClosedOn is { } on ? clock.Stop(on) : clock,
            RegisteredBy = import.ImportedBy,
            Conclusion = row is { Outcome: { } o, ClosedOn: { } c } ? new Conclusion(o, row.Reason, c) : null,
            // The file has no date for a remedy; it is recorded, and counted in section 四, on the day the case closed.
            Reconsideration = row is { Reconsideration: { } rr, ClosedOn: { } rOn } ? new RemedyRecord(rr, rOn) : null,
            Litigation = row is { Litigation: { } lr, ClosedOn: { } lOn } ? new RemedyRecord(lr, lOn, row.LitigationRoute) : null,
            Import = import,
        };
        var details = new Dictionary<string, string>
        {
            ["trackingNumber"] = row.TrackingNumber,
            ["fileName"] = import.FileName,
            ["fileSha256"] = import.FileSha256,
            ["row"] = row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["receivedOn"] = Dates.Format(row.ReceivedOn),
        };
        if (row.ClosedOn is { } closedOnDay) details["closedOn"] = Dates.Format(closedOnDay);
        var imported = new CaseEvent(1, ImportedEvent, import.ImportedAt, import.ImportedBy, status, status, details);
        return new CaseDecision.Accepted(state, [imported], []);
    }
}
