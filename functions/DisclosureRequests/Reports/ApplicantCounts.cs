using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

/// <summary>
/// One row of section 三: a count per applicant type, in the columns of <see cref="ReportTable.ApplicantTypes"/>,
/// and their total. Serialised as an object with every applicant type code and "total", in printed order.
/// </summary>
[JsonConverter(typeof(ApplicantCountsJsonConverter))]
public sealed class ApplicantCounts : IEquatable<ApplicantCounts>
{
    private readonly int[] counts;

    public ApplicantCounts(IEnumerable<int> countsInColumnOrder)
    {
        counts = [.. countsInColumnOrder];
        if (counts.Length != ReportTable.ApplicantTypes.Count)
        {
            throw new ArgumentException(
                $"Expected {ReportTable.ApplicantTypes.Count} counts, one per applicant type, got {counts.Length}.",
                nameof(countsInColumnOrder));
        }
        if (counts.Any(c => c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(countsInColumnOrder), "A count cannot be negative.");
        }
    }

    public static ApplicantCounts Zero { get; } = new(new int[ReportTable.ApplicantTypes.Count]);

    /// <summary>The counts in the order of <see cref="ReportTable.ApplicantTypes"/>, without the total.</summary>
    public IReadOnlyList<int> Columns => counts;

    public int Total => counts.Sum();

    public int this[string applicantType]
    {
        get
        {
            var index = ReportTable.IndexOfApplicantType(applicantType);
            return index >= 0
                ? counts[index]
                : throw new ArgumentException($"Unknown applicant type '{applicantType}'.", nameof(applicantType));
        }
    }

    public ApplicantCounts Plus(ApplicantCounts other) => new(counts.Zip(other.counts, (a, b) => a + b));

    public bool Equals(ApplicantCounts? other) => other is not null && counts.AsSpan().SequenceEqual(other.counts);

    public override bool Equals(object? obj) => Equals(obj as ApplicantCounts);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var count in counts)
        {
            hash.Add(count);
        }
        return hash.ToHashCode();
    }

    public override string ToString() =>
        string.Join(", ", ReportTable.ApplicantTypes.Select((c, i) => $"{c.Code}={counts[i]}")) + $", total={Total}";
}
