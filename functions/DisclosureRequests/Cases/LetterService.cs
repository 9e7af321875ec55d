using System.Text.Json.Serialization;

namespace DisclosureRequests.Cases;

/// <summary>
/// A letter giving its recipient a time limit "from receipt" (补正, fee, consultation): which outbox item it is, and
/// <see cref="ServedOn"/>, the day it reached them, from which the limit runs. E-mailed, that is the day it is issued;
/// on paper or held for an unconfirmed address, it is unknown until the letter is handed over, signed for, read on the
/// applicant's page or e-mailed at last, and nothing lapses before. An e-mail that could not be delivered unserves it.
/// </summary>
public sealed record LetterService(string ItemId, DateOnly? ServedOn = null)
{
    [JsonIgnore]
    public bool IsPending => ServedOn is null;
}
