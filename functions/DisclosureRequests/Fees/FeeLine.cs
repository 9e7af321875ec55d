namespace DisclosureRequests.Fees;

/// <summary>
/// One line of a fee notice: a band, or a run of consecutive bands whose rate rises from <see cref="FirstRate"/> to
/// <see cref="LastRate"/> (a notice for thousands of items names the run once instead of a line per ten items).
/// </summary>
public sealed record FeeLine(int From, int To, int FirstRate, int LastRate, long Subtotal)
{
    public int Units => To - From + 1;
    public bool SingleRate => FirstRate == LastRate;
}
