namespace DisclosureRequests.Fees;

/// <summary>What a fee notice states: basis, units, the bands charged and the amount in yuan.</summary>
public sealed record FeeQuote(FeeBasis Basis, int Units, int PriorItemsThisMonth, IReadOnlyList<FeeBand> Bands)
{
    public int Amount => Bands.Sum(b => b.Subtotal);
}
