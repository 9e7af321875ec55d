namespace DisclosureRequests.Cases;

/// <summary>The contract's wire codes for <see cref="CaseStatus"/>.</summary>
public static class CaseStatusCodes
{
    private static readonly Dictionary<CaseStatus, string> Codes = new()
    {
        [CaseStatus.Received] = "received",
        [CaseStatus.AwaitingClarification] = "awaiting-clarification",
        [CaseStatus.InProgress] = "in-progress",
        [CaseStatus.AwaitingThirdParty] = "awaiting-third-party",
        [CaseStatus.AwaitingOtherAgency] = "awaiting-other-agency",
        [CaseStatus.AwaitingFeePayment] = "awaiting-fee-payment",
        [CaseStatus.InLegalReview] = "in-legal-review",
        [CaseStatus.AwaitingApproval] = "awaiting-approval",
        [CaseStatus.Replied] = "replied",
        [CaseStatus.Withdrawn] = "withdrawn",
        [CaseStatus.Lapsed] = "lapsed",
    };

    private static readonly Dictionary<string, CaseStatus> ByCode = Codes.ToDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyList<string> All { get; } = [.. Codes.Values];

    public static string ToCode(this CaseStatus status) => Codes[status];

    public static bool TryParse(string? code, out CaseStatus status) => ByCode.TryGetValue(code ?? "", out status);

    public static bool IsTerminal(this CaseStatus status) => status is CaseStatus.Replied or CaseStatus.Withdrawn or CaseStatus.Lapsed;
}
