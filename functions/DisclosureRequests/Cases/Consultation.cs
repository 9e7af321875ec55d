using System.Text.Json.Serialization;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

/// <summary>
/// One written consultation. Art. 32: a third party has 15 working days; silence leaves the decision to the agency.
/// Art. 34: another agency has 15 working days; silence counts as consent. Art. 17: where the agency cannot tell
/// whether information may be disclosed, the competent department or the secrecy administration determines it
/// (<see cref="Purpose"/> <see cref="SecrecyReview"/>); it is asked for an answer in 15 working days too, and its
/// silence determines nothing. <see cref="Information"/> is what the party was asked about, where the officer named it
/// more narrowly than the request.
/// </summary>
public sealed record Consultation(
    string Id,
    PauseKind Kind,
    Party Party,
    DateOnly SentOn,
    DateOnly? RespondBy,
    DateOnly? RespondedOn = null,
    string? Response = null,
    string? Reasons = null,
    string? Purpose = null,
    string? Information = null,
    LetterService? Service = null)
{
    public const int MaxInformationLength = 1000;

    public const string SecrecyReview = "secrecy-review";

    public const string Consent = "consent";
    public const string Objection = "objection";
    public const string Silent = "silent";

    /// <summary>The answers an officer records; <see cref="Silent"/> is recorded by the system when the period passes.</summary>
    public static IReadOnlyList<string> RecordedResponses { get; } = [Consent, Objection];

    public static IReadOnlyList<string> Responses { get; } = [.. RecordedResponses, Silent];

    public bool IsOpen => RespondedOn is null;

    /// <summary>The day the party's period counts from; null while a letter on paper is not yet served.</summary>
    [JsonIgnore]
    public DateOnly? PeriodStartsOn => Service is null ? SentOn : Service.ServedOn;

    /// <summary>The working days the party has from <see cref="SentOn"/>; the date itself is unknown while its year's notice is not published.</summary>
    public int ResponseWorkingDays => Kind == PauseKind.ThirdPartyConsultation
        ? StatutoryPeriods.ThirdPartyResponseWorkingDays
        : StatutoryPeriods.OtherAgencyResponseWorkingDays;
}
