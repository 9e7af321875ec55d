namespace DisclosureRequests.Fees;

/// <summary>The contract's wire codes for <see cref="FeeBasis"/>.</summary>
public static class FeeBasisCodes
{
    private static readonly Dictionary<FeeBasis, string> Codes = new()
    {
        [FeeBasis.Items] = "items",
        [FeeBasis.Pages] = "pages",
    };

    private static readonly Dictionary<string, FeeBasis> ByCode = Codes.ToDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyList<string> All { get; } = [.. Codes.Values];

    public static bool TryParse(string? code, out FeeBasis basis) => ByCode.TryGetValue(code ?? "", out basis);
}
