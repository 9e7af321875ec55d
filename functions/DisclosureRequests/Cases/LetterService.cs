using System.Text.Json.Serialization;

namespace DisclosureRequests.Cases;

/// <summary>
/// A letter giving its recipient a time limit "from receipt" (补正, fee, consultation): which outbox item it is, and
/// <see cref="ServedOn"/>, the day it reached them, from which the limit runs. E-mailed, that is the day it is issued;
/// on paper or held for an unconfirmed address, it is unknown until the letter is handed over, signed for, read on the
/// applicant's page or e-mailed at last, and nothing lapses before. An e-mail that could not be delivered unserves it.
/// <see cref="ByEmail"/>: the day is the one its e-mail was to go out; an e-mail that went out on a later day (the mail
/// service down past midnight) moves it there.
/// </summary>
public sealed record LetterService(string ItemId, DateOnly? ServedOn = null, bool ByEmail = false)
{
    [JsonIgnore]
    public bool IsPending => ServedOn is null;
}
