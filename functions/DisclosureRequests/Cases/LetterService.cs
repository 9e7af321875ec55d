using System.Text.Json.Serialization;

namespace DisclosureRequests.Cases;

/// <summary>
/// A letter giving its recipient a time limit "from receipt" that cannot be taken as received the day it is issued:
/// it goes on paper, or waits until the applicant confirms the e-mail address. The limit counts from
/// <see cref="ServedOn"/>, the day it was handed over, signed for, or sent once the address was confirmed; until then
/// nothing lapses.
/// </summary>
public sealed record LetterService(string ItemId, DateOnly? ServedOn = null)
{
    [JsonIgnore]
    public bool IsPending => ServedOn is null;
}
