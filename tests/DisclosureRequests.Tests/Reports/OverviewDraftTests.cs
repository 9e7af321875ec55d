using DisclosureRequests.Reports;

namespace DisclosureRequests.Tests.Reports;

public sealed class OverviewDraftTests
{
    private static CaseStatisticsRecord Case(string id, DateOnly received, DateOnly? concluded, string? outcome, string? reason, bool? inTime) =>
        new(id, "natural-person", received, concluded, outcome, reason, 0m, null, null, null, null, null, null, inTime);

    [Fact]
    public void The_share_within_the_period_counts_replies_only_and_leaves_out_those_it_cannot_judge()
    {
        var counter = new ReplyTimelinessCounter(2025);
        counter.Add(Case("a", new(2025, 1, 6), new(2025, 1, 20), "disclosed", null, true));
        counter.Add(Case("b", new(2025, 2, 3), new(2025, 4, 1), "withheld", "state-secret", false));
        counter.Add(Case("c", new(2025, 3, 3), new(2025, 3, 10), "unavailable", "not-held", true));
        counter.Add(Case("d", new(2025, 5, 6), new(2025, 6, 30), "other", "clarification-lapsed", null));
        counter.Add(Case("e", new(2025, 12, 1), new(2025, 12, 30), "disclosed", null, null));
        counter.Add(Case("f", new(2024, 12, 1), new(2024, 12, 10), "disclosed", null, true));

        Assert.Equal(new ReplyTimeliness(4, 2, 1), counter.Result);
        Assert.Equal(66.7m, counter.Result.PercentWithinPeriod);
    }

    [Fact]
    public void The_draft_states_the_years_figures_in_the_words_of_the_report()
    {
        var compiler = new AnnualReportCompiler(2025);
        compiler.Add(Case("a", new(2025, 1, 6), new(2025, 1, 20), "disclosed", null, true));
        compiler.Add(Case("b", new(2024, 12, 2), new(2025, 1, 20), "withheld", "state-secret", false));
        compiler.Add(Case("c", new(2025, 12, 29), null, null, null, null));
        var report = compiler.Complete(DateTimeOffset.UnixEpoch);

        var draft = OverviewDraft.Write(report, new ReplyTimeliness(2, 1, 0), "某市某局");

        Assert.StartsWith("2025年，某市某局新收政府信息公开申请2件，上年结转1件，本年度办结2件，结转下年度继续办理1件。", draft);
        Assert.Contains("予以公开1件，部分公开0件，不予公开1件", draft);
        Assert.Contains("作出答复2件，其中在法定期限内答复1件，占答复总数的50.0%。", draft);
        Assert.Contains("行政复议0件；", draft);
    }
}
