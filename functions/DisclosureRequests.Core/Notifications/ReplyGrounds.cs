namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// The contract's reply outcomes and the reasons each admits; the reply template words one paragraph per pair and
/// cites its article. A code outside this table cannot be answered in a letter. The empty reason of <c>disclosed</c>
/// is the plain disclosure of Art. 36(2); <c>already-public</c> tells where to obtain what is already public (36(1)).
/// </summary>
public static class ReplyGrounds
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReasonsByOutcome { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["disclosed"] = ["", "already-public"],
        ["partially-disclosed"] = [],
        ["withheld"] = ["state-secret", "prohibited-by-law", "security-stability", "third-party-rights", "internal-affairs", "process-information", "enforcement-case-file", "administrative-query"],
        ["unavailable"] = ["not-held", "requires-creation", "still-unclear"],
        ["not-processed"] = ["petition-complaint", "duplicate", "publication", "excessive", "confirmation"],
        ["other"] = ["clarification-lapsed", "fee-unpaid", "other"],
    };

    public static bool IsKnown(string outcome, string reason) =>
        ReasonsByOutcome.TryGetValue(outcome, out var reasons) && (reasons.Count == 0 ? reason.Length == 0 : reasons.Contains(reason));

    /// <summary>
    /// An answer that information is already public (Art. 36(1)) says where to obtain it; a publication answer
    /// (Art. 39(2)) an earlier release drafted without a route keeps that release's wording.
    /// </summary>
    public static bool LacksAccessRoute(string outcome, string reason, string? route) =>
        (outcome, reason) is ("disclosed", "already-public") && string.IsNullOrWhiteSpace(route);

    /// <summary>Reasons a withheld part of a partial disclosure may give (Art. 37 points to Arts. 14–16).</summary>
    public static bool IsWithholdingReason(string reason) => ReasonsByOutcome["withheld"].Contains(reason);
}
