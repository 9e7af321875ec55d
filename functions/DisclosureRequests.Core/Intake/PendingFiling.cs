using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Intake;

/// <summary>
/// An application as it was received, before its case is registered: stored with its tracking number in the
/// number's own transaction, so that what the applicant was told is on record even if the app stops before the case
/// is written. <see cref="Open"/> gives the case it becomes, the same whenever it is called.
/// </summary>
public sealed record PendingFiling(
    string CaseId,
    ApplicationDetails Application,
    string Channel,
    DateOnly ReceivedOn,
    DateTimeOffset FiledAt,
    string AccessCodeHash,
    string? RequestHash,
    string? RegisteredBy,
    bool ConfirmAddress)
{
    /// <summary>Known once the number is issued; the stored row holds it beside the application.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? TrackingNumber { get; init; }

    public CaseDecision.Accepted Open(string trackingNumber, WorkingDayCalendar calendar)
    {
        var opened = CaseFiling.Open(CaseId, trackingNumber, Application, Channel, ReceivedOn, FiledAt, AccessCodeHash, RequestHash, RegisteredBy, calendar);
        return ConfirmAddress ? opened with { State = opened.State with { EmailConfirmationPending = true } } : opened;
    }
}
