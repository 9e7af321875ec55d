using System.Text.Json.Serialization;

namespace DisclosureRequests.Cases;

/// <summary>
/// Art. 30: the one notice telling the applicant what to supplement, and by when: <see cref="ReplyBy"/>, or, while
/// that day falls in a year whose holiday notice is not published, <see cref="ReplyWithinWorkingDays"/> from
/// the day it counts from: the day the notice was served (<see cref="Service"/>), or <see cref="RequestedOn"/> in a
/// record written before notices recorded their service.
/// </summary>
public sealed record ClarificationRequest(
    IReadOnlyList<string> Items,
    DateOnly RequestedOn,
    DateOnly? ReplyBy,
    string RequestedBy,
    DateOnly? AnsweredOn = null,
    string? Answer = null,
    int? ReplyWithinWorkingDays = null,
    LetterService? Service = null)
{
    /// <summary>The day the applicant's period counts from; null while the notice still has to be served.</summary>
    [JsonIgnore]
    public DateOnly? PeriodStartsOn => Service is null ? RequestedOn : Service.ServedOn;
}
