using System.Globalization;

namespace DisclosureRequests.Reports;

/// <summary>
/// The first draft of section 一, 总体情况, written from the year's own figures in the report's words: applications
/// received, carried over, concluded and carried forward; the outcome mix; the share of replies within the statutory
/// period; reconsiderations and lawsuits and their results; the fees. The administrator edits it before publishing.
/// </summary>
public static class OverviewDraft
{
    public static string Write(AnnualReport report, ReplyTimeliness timeliness, string agency)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(timeliness);
        var byCategory = ReportTable.Outcomes.ToDictionary(o => o.Code, _ => 0);
        for (var i = 0; i < ReportTable.OutcomeRows.Count; i++) byCategory[ReportTable.OutcomeRows[i].Outcome] += report.Outcomes.Rows[i].Total;

        var applications = $"{report.Year}年，{agency}新收政府信息公开申请{report.Received.Total}件，上年结转{report.CarriedOver.Total}件，"
            + $"本年度办结{report.Total.Total}件，结转下年度继续办理{report.CarriedForward.Total}件。"
            + $"办结的申请中，予以公开{byCategory["disclosed"]}件，部分公开{byCategory["partially-disclosed"]}件，"
            + $"不予公开{byCategory["withheld"]}件，无法提供{byCategory["unavailable"]}件，不予处理{byCategory["not-processed"]}件，"
            + $"其他处理{byCategory["other"]}件。" + Timeliness(timeliness);

        var remedies = report.ReviewAndLitigation;
        var litigation = remedies.Litigation;
        var review = $"本年度因政府信息公开引起行政复议{remedies.Reconsideration.Total}件{Results(remedies.Reconsideration)}；"
            + $"行政诉讼{litigation.Direct.Total + litigation.AfterReconsideration.Total}件，其中未经复议直接起诉{litigation.Direct.Total}件{Results(litigation.Direct)}，"
            + $"复议后起诉{litigation.AfterReconsideration.Total}件{Results(litigation.AfterReconsideration)}。"
            + $"本年度收取信息处理费{report.FeesCollected.ToString("0.00", CultureInfo.InvariantCulture)}元。";
        return applications + "\n" + review;
    }

    private static string Timeliness(ReplyTimeliness t)
    {
        if (t.Replies == 0) return "";
        var text = $"作出答复{t.Replies}件，其中在法定期限内答复{t.WithinPeriod}件";
        if (t.PercentWithinPeriod is { } percent)
            text += $"，占{(t.NotKnown > 0 ? "可判断答复期限的答复" : "答复总数")}的{percent.ToString("0.0", CultureInfo.InvariantCulture)}%";
        if (t.NotKnown > 0) text += $"；另有{t.NotKnown}件无法判断是否在法定期限内答复";
        return text + "。";
    }

    private static string Results(ReviewResultCounts counts) =>
        counts.Total == 0 ? ""
        : $"（结果维持{counts.Upheld}件，结果纠正{counts.Corrected}件，其他结果{counts.Other}件，尚未审结{counts.Pending}件）";
}
