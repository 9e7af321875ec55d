namespace DisclosureRequests.Fees;

/// <summary>A charged band: units <see cref="From"/>..<see cref="To"/> at <see cref="Rate"/> yuan each.</summary>
public sealed record FeeBand(int From, int To, int Rate)
{
    public int Units => To - From + 1;
    public long Subtotal => (long)Units * Rate;
}
