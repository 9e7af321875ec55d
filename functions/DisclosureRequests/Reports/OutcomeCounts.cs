using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

/// <summary>
/// 三、本年度办理结果: the counts of every row of <see cref="ReportTable.OutcomeRows"/>. Serialised as
/// { outcome: C } for outcomes without reasons and { outcome: { reason: C } } for the others, in printed order.
/// </summary>
[JsonConverter(typeof(OutcomeCountsJsonConverter))]
public sealed class OutcomeCounts : IEquatable<OutcomeCounts>
{
    private readonly ApplicantCounts[] rows;

    public OutcomeCounts(IEnumerable<ApplicantCounts> rowsInPrintedOrder)
    {
        rows = [.. rowsInPrintedOrder];
        if (rows.Length != ReportTable.OutcomeRows.Count)
        {
            throw new ArgumentException(
                $"Expected {ReportTable.OutcomeRows.Count} rows, one per outcome row, got {rows.Length}.",
                nameof(rowsInPrintedOrder));
        }
    }

    /// <summary>The counts in the order of <see cref="ReportTable.OutcomeRows"/>.</summary>
    public IReadOnlyList<ApplicantCounts> Rows => rows;

    /// <summary>（七）总计.</summary>
    public ApplicantCounts Total => rows.Aggregate(ApplicantCounts.Zero, (sum, row) => sum.Plus(row));

    public ApplicantCounts For(string outcome, string? reason = null)
    {
        var index = ReportTable.IndexOfOutcomeRow(outcome, reason);
        return index >= 0
            ? rows[index]
            : throw new ArgumentException($"No report row for outcome '{outcome}' with reason '{reason}'.");
    }

    public bool Equals(OutcomeCounts? other) => other is not null && rows.SequenceEqual(other.rows);

    public override bool Equals(object? obj) => Equals(obj as OutcomeCounts);

    public override int GetHashCode() => rows.Aggregate(0, (hash, row) => HashCode.Combine(hash, row));
}
