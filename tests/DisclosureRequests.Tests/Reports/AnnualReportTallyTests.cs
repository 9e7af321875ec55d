using System.Text.Json;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Tests.Reports;

/// <summary>A compile read in chunks carries its counts from chunk to chunk as data, through JSON, as an orchestration does.</summary>
public sealed class AnnualReportTallyTests
{
    private static readonly DateTimeOffset CompiledAt = new(2025, 1, 1, 0, 5, 0, TimeSpan.FromHours(8));

    private static IReadOnlyList<CaseStatisticsRecord> Cases { get; } =
    [
        .. ReportFixture.EveryOutcomeRow,
        ReportFixture.Case("C01", "natural-person", "2023-12-20", "2024-01-10", "disclosed") with { RepliedWithinPeriod = true },
        ReportFixture.Case("C02", "commercial-enterprise", "2023-11-02") with { RepliedWithinPeriod = null },
        ReportFixture.Case("C03", "natural-person", "2024-12-20"),
        ReportFixture.Case("C04", "natural-person", "2024-03-04", "2024-04-01", "disclosed") with { RepliedWithinPeriod = false },
    ];

    [Fact]
    public void A_compile_resumed_from_its_tally_after_any_record_counts_what_one_pass_counts()
    {
        var onePass = new AnnualReportCompiler(2024);
        var timeliness = new ReplyTimelinessCounter(2024);
        foreach (var record in Cases)
        {
            onePass.Add(record);
            timeliness.Add(record);
        }

        for (var split = 0; split <= Cases.Count; split++)
        {
            var first = new AnnualReportCompiler(2024);
            var firstTimeliness = new ReplyTimelinessCounter(2024);
            foreach (var record in Cases.Take(split))
            {
                first.Add(record);
                firstTimeliness.Add(record);
            }
            var resumed = AnnualReportCompiler.Resume(2024, RoundTrip(first.Tally()));
            var resumedTimeliness = new ReplyTimelinessCounter(2024, RoundTrip(firstTimeliness.Result));
            foreach (var record in Cases.Skip(split))
            {
                resumed.Add(record);
                resumedTimeliness.Add(record);
            }

            Assert.Equal(onePass.Complete(CompiledAt), resumed.Complete(CompiledAt));
            Assert.Equal(timeliness.Result, resumedTimeliness.Result);
        }
    }

    [Fact]
    public void A_malformed_record_counted_before_the_split_is_still_named_when_the_resumed_compile_completes()
    {
        var first = new AnnualReportCompiler(2024);
        first.Add(ReportFixture.Case("BAD", "natural-person", "2024-02-01", "2024-01-01", "disclosed"));
        var resumed = AnnualReportCompiler.Resume(2024, RoundTrip(first.Tally()));
        resumed.Add(ReportFixture.Case("OK", "natural-person", "2024-02-01"));

        var violation = Assert.Throws<ReportInvariantViolation>(() => resumed.Complete(CompiledAt));
        Assert.Equal(["BAD"], violation.CaseIds);
    }

    [Fact]
    public void A_tally_with_the_wrong_number_of_columns_is_refused()
    {
        var tally = new AnnualReportCompiler(2024).Tally() with { Received = [1, 2] };

        Assert.Throws<ArgumentException>(() => AnnualReportCompiler.Resume(2024, tally));
    }

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;
}
