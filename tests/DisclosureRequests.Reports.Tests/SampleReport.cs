using System.Text.Json.Nodes;
using DisclosureRequests.Core.Reports.Exports;

namespace DisclosureRequests.Reports.Tests;

/// <summary>A report whose numbers all differ, so that a number printed in the wrong place is caught.</summary>
internal static class SampleReport
{
    internal static AnnualReport Create()
    {
        var seed = 0;
        ApplicantCounts Next() => new(Enumerable.Range(1, 6).Select(i => ++seed * 7 + i));
        return new AnnualReport(
            2024,
            new DateTimeOffset(2025, 1, 1, 0, 30, 0, TimeSpan.FromHours(8)),
            Next(),
            Next(),
            new OutcomeCounts(ReportTable.OutcomeRows.Select(_ => Next())),
            Next(),
            new ReviewAndLitigation(
                new ReviewResultCounts(1, 2, 3, 4),
                new LitigationCounts(new ReviewResultCounts(5, 6, 7, 8), new ReviewResultCounts(9, 10, 11, 12))),
            12345.6m);
    }

    internal static JsonNode Json(AnnualReport report) =>
        JsonNode.Parse(AnnualReportExports.Render(report, "json").Content)!;

    private static readonly string[] ApplicantKeys =
    [
        "natural-person", "commercial-enterprise", "research-institution", "public-interest-organization",
        "legal-services-organization", "other-organization", "total",
    ];

    /// <summary>The numbered lines of section 三 with the labels the format prints and their numbers in the JSON.</summary>
    internal static IReadOnlyList<(string Label, int[] Numbers)> Section3(JsonNode json)
    {
        var o = json["outcomes"]!;
        (string, JsonNode)[] lines =
        [
            ("一、本年新收政府信息公开申请数量", json["received"]!),
            ("二、上年结转政府信息公开申请数量", json["carriedOver"]!),
            ("（一）予以公开", o["disclosed"]!),
            ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", o["partially-disclosed"]!),
            ("1.属于国家秘密", o["withheld"]!["state-secret"]!),
            ("2.其他法律行政法规禁止公开", o["withheld"]!["prohibited-by-law"]!),
            ("3.危及“三安全一稳定”", o["withheld"]!["security-stability"]!),
            ("4.保护第三方合法权益", o["withheld"]!["third-party-rights"]!),
            ("5.属于三类内部事务信息", o["withheld"]!["internal-affairs"]!),
            ("6.属于四类过程性信息", o["withheld"]!["process-information"]!),
            ("7.属于行政执法案卷", o["withheld"]!["enforcement-case-file"]!),
            ("8.属于行政查询事项", o["withheld"]!["administrative-query"]!),
            ("1.本机关不掌握相关政府信息", o["unavailable"]!["not-held"]!),
            ("2.没有现成信息需要另行制作", o["unavailable"]!["requires-creation"]!),
            ("3.补正后申请内容仍不明确", o["unavailable"]!["still-unclear"]!),
            ("1.信访举报投诉类申请", o["not-processed"]!["petition-complaint"]!),
            ("2.重复申请", o["not-processed"]!["duplicate"]!),
            ("3.要求提供公开出版物", o["not-processed"]!["publication"]!),
            ("4.无正当理由大量反复申请", o["not-processed"]!["excessive"]!),
            ("5.要求行政机关确认或重新出具已获取信息", o["not-processed"]!["confirmation"]!),
            ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", o["other"]!["clarification-lapsed"]!),
            ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", o["other"]!["fee-unpaid"]!),
            ("3.其他", o["other"]!["other"]!),
            ("（七）总计", json["total"]!),
            ("四、结转下年度继续办理", json["carriedForward"]!),
        ];
        return [.. lines.Select(l => (l.Item1, ApplicantKeys.Select(k => (int)l.Item2[k]!).ToArray()))];
    }

    /// <summary>The 15 numbers of section 四 in printed order, from the JSON.</summary>
    internal static int[] Section4(JsonNode json)
    {
        var review = json["reviewAndLitigation"]!;
        JsonNode[] groups = [review["reconsideration"]!, review["litigation"]!["direct"]!, review["litigation"]!["after-reconsideration"]!];
        return [.. groups.SelectMany(g => new[] { "upheld", "corrected", "other", "pending", "total" }.Select(k => (int)g[k]!))];
    }

    internal static readonly string[] GroupLabels = ["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"];

    internal static readonly string[] ColumnLabels = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    internal static readonly string[] ResultLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
}
