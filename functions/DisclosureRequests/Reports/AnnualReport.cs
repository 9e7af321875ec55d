using System.Text.Json.Serialization;

namespace DisclosureRequests.Reports;

/// <summary>
/// The statistical part of the annual report (Arts. 49–50): section 三, section 四 and the fees of section 六.
/// Serialised with System.Text.Json (camelCase) it is the report JSON of the public contract.
/// </summary>
public sealed record AnnualReport(
    [property: JsonPropertyOrder(0)] int Year,
    [property: JsonPropertyOrder(1)] DateTimeOffset CompiledAt,
    [property: JsonPropertyOrder(2)] ApplicantCounts Received,
    [property: JsonPropertyOrder(3)] ApplicantCounts CarriedOver,
    [property: JsonPropertyOrder(4)] OutcomeCounts Outcomes,
    [property: JsonPropertyOrder(6)] ApplicantCounts CarriedForward,
    [property: JsonPropertyOrder(7)] ReviewAndLitigation ReviewAndLitigation,
    [property: JsonPropertyOrder(8)] decimal FeesCollected)
{
    /// <summary>三（七）总计.</summary>
    [JsonPropertyOrder(5)]
    public ApplicantCounts Total => Outcomes.Total;

    /// <summary>
    /// The columns (applicant type codes, or "total") where 一 + 二 ≠ 三（七） + 四, the balance the format states.
    /// Empty for every report the compiler completes.
    /// </summary>
    public IReadOnlyList<string> UnbalancedColumns()
    {
        var unbalanced = ReportTable.ApplicantTypes
            .Where((_, i) => Received.Columns[i] + CarriedOver.Columns[i] != Total.Columns[i] + CarriedForward.Columns[i])
            .Select(c => c.Code)
            .ToList();
        if (Received.Total + CarriedOver.Total != Total.Total + CarriedForward.Total)
        {
            unbalanced.Add(ReportTable.TotalCode);
        }
        return unbalanced;
    }
}
