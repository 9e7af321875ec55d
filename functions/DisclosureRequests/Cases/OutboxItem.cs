using System.Text.Json.Serialization;
using DisclosureRequests.Cases.Letters;

namespace DisclosureRequests.Cases;

/// <summary>
/// A side effect a command asks for (a letter to the applicant, a reminder to an officer). It leaves the case only
/// through the outbox, at least once, under its <see cref="Id"/> as idempotency key. Besides what the letter says,
/// it carries the facts of the case every letter names.
/// </summary>
public sealed record OutboxItem(
    string Id,
    string Audience,
    string CaseId,
    string TrackingNumber,
    string ApplicantName,
    DateOnly? ReceivedOn,
    LetterContent Content)
{
    /// <summary>Whether the applicant is a person or an organisation, for how a letter addresses them; null in an item an earlier release wrote.</summary>
    public string? ApplicantType { get; init; }

    [JsonIgnore]
    public string Kind => Content.Kind;
}
