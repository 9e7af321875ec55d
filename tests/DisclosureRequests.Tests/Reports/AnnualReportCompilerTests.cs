using DisclosureRequests.Reports;
using static DisclosureRequests.Tests.Reports.ReportFixture;

namespace DisclosureRequests.Tests.Reports;

public sealed class AnnualReportCompilerTests
{
    private static int[] Row(ApplicantCounts counts) => [.. counts.Columns, counts.Total];

    [Fact]
    public void The_2024_report_has_the_numbers_counted_by_hand()
    {
        var report = Compile(2024, All);

        Assert.Equal([5, 5, 5, 4, 4, 3, 26], Row(report.Received));
        Assert.Equal([1, 0, 0, 0, 0, 1, 2], Row(report.CarriedOver));
        int[][] outcomes =
        [
            [1, 0, 0, 0, 0, 0, 1], [0, 1, 0, 0, 0, 0, 1],
            [0, 0, 1, 0, 0, 0, 1], [0, 0, 0, 1, 0, 0, 1], [0, 0, 0, 0, 1, 0, 1], [0, 0, 0, 0, 0, 2, 2],
            [1, 0, 0, 0, 0, 0, 1], [0, 1, 0, 0, 0, 0, 1], [0, 0, 1, 0, 0, 0, 1], [0, 0, 0, 1, 0, 0, 1],
            [0, 0, 0, 0, 1, 0, 1], [0, 0, 0, 0, 0, 1, 1], [1, 0, 0, 0, 0, 0, 1],
            [0, 1, 0, 0, 0, 0, 1], [0, 0, 1, 0, 0, 0, 1], [0, 0, 0, 1, 0, 0, 1], [0, 0, 0, 0, 1, 0, 1], [0, 0, 0, 0, 0, 1, 1],
            [1, 0, 0, 1, 0, 0, 2], [0, 1, 0, 0, 1, 0, 2], [0, 0, 2, 0, 0, 0, 2],
        ];
        Assert.Equal(outcomes, report.Outcomes.Rows.Select(Row));
        Assert.Equal([4, 4, 5, 4, 4, 4, 25], Row(report.Total));
        Assert.Equal([2, 1, 0, 0, 0, 0, 3], Row(report.CarriedForward));
        Assert.Equal([1, 1, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1], report.ReviewAndLitigation.InPrintedOrder);
        Assert.Equal(1150.50m, report.FeesCollected);
    }

    [Fact]
    public void A_case_received_on_31_December_and_replied_on_1_January_is_carried_forward_then_counted_the_next_year()
    {
        var newYear = Edges.Where(c => c.CaseId == "A-new-year").ToList();

        var first = Compile(2024, newYear);
        var second = Compile(2025, newYear);

        Assert.Equal(1, first.Received["natural-person"]);
        Assert.Equal(0, first.Total.Total);
        Assert.Equal(1, first.CarriedForward["natural-person"]);
        Assert.Equal(0, second.Received.Total);
        Assert.Equal(1, second.CarriedOver["natural-person"]);
        Assert.Equal(1, second.Outcomes.For("disclosed")["natural-person"]);
        Assert.Equal(0, second.CarriedForward.Total);
    }

    [Fact]
    public void An_application_clarified_across_the_year_end_is_new_in_the_year_it_was_first_received()
    {
        var clarified = Edges.Where(c => c.CaseId == "B-clarified").ToList();

        var first = Compile(2024, clarified);
        var second = Compile(2025, clarified);

        Assert.Equal(1, first.Received["commercial-enterprise"]);
        Assert.Equal(1, first.CarriedForward["commercial-enterprise"]);
        Assert.Equal(0, second.Received.Total);
        Assert.Equal(1, second.CarriedOver["commercial-enterprise"]);
        Assert.Equal(1, second.Outcomes.For("partially-disclosed")["commercial-enterprise"]);
    }

    [Fact]
    public void An_answer_that_the_information_is_already_public_counts_as_disclosed()
    {
        var report = Compile(2024, [Case("P1", "natural-person", "2024-03-04", "2024-03-20", "disclosed", "already-public")]);

        Assert.Equal(1, report.Outcomes.For("disclosed")["natural-person"]);
        Assert.Equal(1, report.Total.Total);
        Assert.Empty(report.UnbalancedColumns());
    }

    [Theory]
    [InlineData("C-withdrawn", "other", "research-institution")]
    [InlineData("D-clarification-lapsed", "clarification-lapsed", "public-interest-organization")]
    [InlineData("E-fee-lapsed", "fee-unpaid", "legal-services-organization")]
    public void Withdrawn_and_lapsed_applications_count_under_other_processing(string caseId, string reason, string applicant)
    {
        var report = Compile(2024, Edges.Where(c => c.CaseId == caseId));

        Assert.Equal(1, report.Outcomes.For("other", reason)[applicant]);
        Assert.Equal(1, report.Total.Total);
    }

    [Fact]
    public void A_case_received_two_years_earlier_is_carried_over_each_year_until_replied()
    {
        var old = Edges.Where(c => c.CaseId == "F-from-2022").ToList();

        var received = Compile(2022, old);
        var middle = Compile(2023, old);
        var replied = Compile(2024, old);

        Assert.Equal((1, 0, 0, 1), Counts(received));
        Assert.Equal((0, 1, 0, 1), Counts(middle));
        Assert.Equal((0, 1, 1, 0), Counts(replied));
        Assert.Equal(1, replied.Outcomes.For("withheld", "third-party-rights")["other-organization"]);
        Assert.Equal(200m, middle.FeesCollected);
        Assert.Equal(0m, replied.FeesCollected);

        static (int, int, int, int) Counts(AnnualReport r) =>
            (r.Received["other-organization"], r.CarriedOver["other-organization"], r.Total["other-organization"],
             r.CarriedForward["other-organization"]);
    }

    [Fact]
    public void Cases_received_after_the_year_or_replied_before_it_are_left_out_of_section_three_but_not_their_reviews()
    {
        var report = Compile(2024, Edges.Where(c => c.CaseId is "H-replied-2023" or "I-received-2025"));

        Assert.Equal(0, report.Received.Total + report.CarriedOver.Total + report.Total.Total + report.CarriedForward.Total);
        Assert.Equal(1, report.ReviewAndLitigation.Reconsideration.Other);
    }

    [Fact]
    public void Every_year_of_the_fixture_balances_column_by_column()
    {
        foreach (var year in new[] { 2022, 2023, 2024, 2025 })
        {
            var report = Compile(year, All);
            Assert.Empty(report.UnbalancedColumns());
            Assert.Equal(report.Received.Plus(report.CarriedOver), report.Total.Plus(report.CarriedForward));
        }
    }

    public static TheoryData<CaseStatisticsRecord> MalformedRecords => new()
    {
        Case("M1", "natural-person", "2024-03-10", "2024-03-09", "disclosed"),
        Case("M2", "natural-person", "2024-03-10", "2024-04-09", "granted"),
        Case("M3", "natural-person", "2024-03-10", "2024-04-09", "withheld", "too-sensitive"),
        Case("M4", "natural-person", "2024-03-10", "2024-04-09", "withheld"),
        Case("M5", "natural-person", "2024-03-10", "2024-04-09", "disclosed", "state-secret"),
        Case("M11", "natural-person", "2024-03-10", "2024-04-09", "partially-disclosed", "already-public"),
        Case("M6", "journalist", "2024-03-10", "2024-04-09", "disclosed"),
        Case("M7", "natural-person", "2024-03-10", "2024-04-09"),
        Case("M8", "natural-person", "2024-03-10") with { ReconsiderationResult = "won", ReconsiderationRecordedOn = D("2024-05-01") },
        Case("M9", "natural-person", "2024-03-10") with { LitigationRoute = "appeal", LitigationResult = "upheld", LitigationRecordedOn = D("2024-05-01") },
        Case("M10", "natural-person", "2024-03-10") with { FeesCollected = 100m },
    };

    [Theory]
    [MemberData(nameof(MalformedRecords))]
    public void A_malformed_record_makes_the_report_fail_naming_its_case(CaseStatisticsRecord malformed)
    {
        var compiler = new AnnualReportCompiler(2024);
        foreach (var c in All)
        {
            compiler.Add(c);
        }
        compiler.Add(malformed);

        var violation = Assert.Throws<ReportInvariantViolation>(() => compiler.Complete(DateTimeOffset.UnixEpoch));

        Assert.Equal([malformed.CaseId], violation.CaseIds);
        Assert.Contains(malformed.CaseId, violation.Message);
    }

    [Fact]
    public async Task Compiling_a_stream_reports_progress_and_gives_the_same_report()
    {
        var seen = new List<int>();
        var many = Enumerable.Range(0, 2500).Select(i => Case($"S{i}", "natural-person", "2024-05-06", "2024-05-20", "disclosed"));

        var report = await AnnualReportCompiler.CompileAsync(
            2024, Stream(many.Concat(All)), DateTimeOffset.UnixEpoch, new RecordingProgress(seen), CancellationToken.None);

        Assert.Equal([1000, 2000, 2500 + All.Count()], seen);
        Assert.Equal(Compile(2024, All).Received["natural-person"] + 2500, report.Received["natural-person"]);
    }

    [Fact]
    public async Task Compiling_a_stream_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            AnnualReportCompiler.CompileAsync(2024, Stream(All), DateTimeOffset.UnixEpoch, null, cancellation.Token));
    }

    private static async IAsyncEnumerable<CaseStatisticsRecord> Stream(
        IEnumerable<CaseStatisticsRecord> cases,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var c in cases)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return c;
        }
    }

    private sealed class RecordingProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }
}
