using System.Text.Json.Serialization;
using DisclosureRequests.Fees;

namespace DisclosureRequests.Cases;

/// <summary>
/// Art. 42: a processing fee notice and, once paid, the payment. <see cref="PayBy"/> is unknown while it falls in a
/// year whose holiday notice is not published; the payment period is then counted once the year is.
/// </summary>
public sealed record FeeNotice(FeeQuote Quote, DateOnly NoticeOn, DateOnly? PayBy, string IssuedBy, DateOnly? PaidOn = null, LetterService? Service = null)
{
    /// <summary>The day the payment period counts from; null while a notice on paper or held for a confirmation is not yet served.</summary>
    [JsonIgnore]
    public DateOnly? PeriodStartsOn => Service is null ? NoticeOn : Service.ServedOn;
}
