using DisclosureRequests.Fees;

namespace DisclosureRequests.Cases;

/// <summary>Art. 42: a processing fee notice and, once paid, the payment.</summary>
public sealed record FeeNotice(FeeQuote Quote, DateOnly NoticeOn, DateOnly PayBy, string IssuedBy, DateOnly? PaidOn = null);
