using System.Text.Json.Serialization;

namespace DisclosureRequests.Fees;

/// <summary>
/// What a fee notice states: basis, units, the bands charged and the amount in yuan. The bands follow from the basis
/// and the counts, so only those are kept; a large count has thousands of bands.
/// </summary>
public sealed record FeeQuote(FeeBasis Basis, int Units, int PriorItemsThisMonth)
{
    /// <summary>The most lines a notice lists before it summarises the remaining bands in one.</summary>
    public const int MaxLines = 4;

    [JsonIgnore]
    public IReadOnlyList<FeeBand> Bands => Basis == FeeBasis.Items
        ? FeeSchedule.ItemBands(PriorItemsThisMonth, Units)
        : FeeSchedule.PageBands(Units);

    public long Amount => Bands.Sum(b => b.Subtotal);

    public IReadOnlyList<FeeLine> Lines
    {
        get
        {
            var bands = Bands;
            var listed = bands.Count <= MaxLines ? bands.Count : MaxLines - 1;
            var lines = bands.Take(listed).Select(b => new FeeLine(b.From, b.To, b.Rate, b.Rate, b.Subtotal)).ToList();
            if (listed < bands.Count)
            {
                var rest = bands.Skip(listed).ToArray();
                lines.Add(new FeeLine(rest[0].From, rest[^1].To, rest[0].Rate, rest[^1].Rate, rest.Sum(b => b.Subtotal)));
            }
            return lines;
        }
    }
}
