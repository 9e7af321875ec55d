using DisclosureRequests.Reports;

namespace DisclosureRequests.Benchmarks.AnnualReport;

/// <summary>
/// Case records shaped like a city agency's: most applicants are natural persons, most cases end within two months,
/// a few pay a fee or go to reconsideration or court. Deterministic for a seed, always valid for the compiler.
/// </summary>
public sealed class SyntheticCases(int seed, int reportYear)
{
    private static readonly (string Code, int Weight)[] Applicants =
    [
        ("natural-person", 820), ("commercial-enterprise", 80), ("research-institution", 20),
        ("public-interest-organization", 10), ("legal-services-organization", 40), ("other-organization", 30),
    ];

    private static readonly (string Outcome, string? Reason, int Weight)[] Outcomes =
    [
        .. ReportTable.OutcomeRows.Select(r => (r.Outcome, r.Reason?.Code, r.Outcome switch
        {
            "disclosed" => 400,
            "partially-disclosed" => 120,
            "unavailable" => 60,
            "withheld" => 10,
            "not-processed" => 15,
            _ => 25,
        })),
    ];

    private readonly Random random = new(seed);

    public CaseStatisticsRecord Next()
    {
        // Mostly the report year, a tail from the two before it (carried over, or concluded long ago).
        var year = Pick([(reportYear, 70), (reportYear - 1, 20), (reportYear - 2, 10)]);
        var receivedOn = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
        var open = random.Next(100) < (year == reportYear ? 4 : 1);
        DateOnly? concludedOn = open ? null : receivedOn.AddDays(3 + random.Next(60));
        var (outcome, reason) = open ? (null, null) : PickOutcome();
        var paid = !open && random.Next(100) < 2;
        var reconsidered = !open && random.Next(100) < 3;
        var litigated = reconsidered && random.Next(100) < 30;
        var id = new Guid([.. Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256))]).ToString("N");
        return new CaseStatisticsRecord(
            id, Pick(Applicants), receivedOn, concludedOn, outcome, reason,
            paid ? 100 * (1 + random.Next(5)) : 0m, paid ? receivedOn.AddDays(2) : null,
            reconsidered ? Pick([("upheld", 70), ("corrected", 10), ("other", 10), ("pending", 10)]) : null,
            reconsidered ? concludedOn!.Value.AddDays(30 + random.Next(60)) : null,
            litigated ? Pick([("direct", 50), ("after-reconsideration", 50)]) : null,
            litigated ? Pick([("upheld", 80), ("corrected", 5), ("other", 5), ("pending", 10)]) : null,
            litigated ? concludedOn!.Value.AddDays(120 + random.Next(90)) : null);
    }

    private (string?, string?) PickOutcome()
    {
        var roll = random.Next(Outcomes.Sum(o => o.Weight));
        foreach (var (outcome, reason, weight) in Outcomes)
        {
            if (roll < weight) return (outcome, reason);
            roll -= weight;
        }
        throw new InvalidOperationException("Weights do not add up.");
    }

    private T Pick<T>((T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        throw new InvalidOperationException("Weights do not add up.");
    }
}
