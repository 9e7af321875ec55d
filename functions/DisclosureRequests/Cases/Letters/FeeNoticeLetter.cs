using DisclosureRequests.Fees;

namespace DisclosureRequests.Cases.Letters;

/// <summary>收费通知书 (Art. 42, 国办函〔2020〕109号): basis, counts, the lines of the bands charged, amount in yuan, and when to pay.</summary>
public sealed record FeeNoticeLetter(
    string Basis,
    int Units,
    int PriorItemsThisMonth,
    long Amount,
    IReadOnlyList<FeeLine> Breakdown,
    DateOnly? NoticeOn,
    DateOnly? PayBy) : LetterContent;
