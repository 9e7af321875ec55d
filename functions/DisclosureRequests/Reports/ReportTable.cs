using System.Collections.Frozen;

namespace DisclosureRequests.Reports;

/// <summary>
/// The one table of report codes and labels: applicant-type columns, outcome and reason rows, section 四 columns,
/// in the order and wording of the national annual report format (国办公开办函〔2021〕30号).
/// The codes are those of the public contract; everything that prints the report takes its labels from here.
/// </summary>
public static class ReportTable
{
    public const string Section3Title = "三、收到和处理政府信息公开申请情况";
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string ApplicantsHeader = "申请人情况";
    public const string OrganizationsHeader = "法人或其他组织";
    public const string TotalLabel = "总计";
    public const string TotalCode = "total";

    public const string ReceivedLabel = "一、本年新收政府信息公开申请数量";
    public const string CarriedOverLabel = "二、上年结转政府信息公开申请数量";
    public const string ResultsLabel = "三、本年度办理结果";
    public const string ResultsTotalLabel = "（七）总计";
    public const string CarriedForwardLabel = "四、结转下年度继续办理";

    public const string Section4Title = "四、政府信息公开行政复议、行政诉讼情况";
    public const string ReconsiderationLabel = "行政复议";
    public const string LitigationLabel = "行政诉讼";
    public const string LitigationDirect = "direct";
    public const string LitigationDirectLabel = "未经复议直接起诉";
    public const string LitigationAfterReconsideration = "after-reconsideration";
    public const string LitigationAfterReconsiderationLabel = "复议后起诉";

    // Art. 50 and the format's note to section 六 ask for the information processing fees collected in the year.
    public const string Section6Title = "六、其他需要报告的事项";
    public const string FeesLabel = "本年度收取信息处理费（元）";

    public static IReadOnlyList<ApplicantColumn> ApplicantTypes { get; } =
    [
        new("natural-person", "自然人", false),
        new("commercial-enterprise", "商业企业", true),
        new("research-institution", "科研机构", true),
        new("public-interest-organization", "社会公益组织", true),
        new("legal-services-organization", "法律服务机构", true),
        new("other-organization", "其他", true),
    ];

    public static IReadOnlyList<OutcomeCategory> Outcomes { get; } =
    [
        new("disclosed", "（一）予以公开", [])
        {
            Variants = [new("already-public", "已经主动公开的，告知获取的方式和途径（第三十六条第（一）项）")],
        },
        new("partially-disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", []),
        new("withheld", "（三）不予公开",
        [
            new("state-secret", "1.属于国家秘密"),
            new("prohibited-by-law", "2.其他法律行政法规禁止公开"),
            new("security-stability", "3.危及“三安全一稳定”"),
            new("third-party-rights", "4.保护第三方合法权益"),
            new("internal-affairs", "5.属于三类内部事务信息"),
            new("process-information", "6.属于四类过程性信息"),
            new("enforcement-case-file", "7.属于行政执法案卷"),
            new("administrative-query", "8.属于行政查询事项"),
        ]),
        new("unavailable", "（四）无法提供",
        [
            new("not-held", "1.本机关不掌握相关政府信息"),
            new("requires-creation", "2.没有现成信息需要另行制作"),
            new("still-unclear", "3.补正后申请内容仍不明确"),
        ]),
        new("not-processed", "（五）不予处理",
        [
            new("petition-complaint", "1.信访举报投诉类申请"),
            new("duplicate", "2.重复申请"),
            new("publication", "3.要求提供公开出版物"),
            new("excessive", "4.无正当理由大量反复申请"),
            new("confirmation", "5.要求行政机关确认或重新出具已获取信息"),
        ]),
        new("other", "（六）其他处理",
        [
            new("clarification-lapsed", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            new("fee-unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            new("other", "3.其他"),
        ]),
    ];

    /// <summary>The rows that carry numbers, in printed order.</summary>
    public static IReadOnlyList<OutcomeRow> OutcomeRows { get; } =
    [
        .. Outcomes.SelectMany(o => o.HasReasons
            ? o.Reasons.Select(r => new OutcomeRow(o, r))
            : [new OutcomeRow(o, null)]),
    ];

    /// <summary>The format counts an application the applicant withdrew under （六）3 其他.</summary>
    public static OutcomeRow Withdrawal { get; } = OutcomeRows.Single(r => r is { Outcome: "other", Reason.Code: "other" });

    public static IReadOnlyList<ReviewColumn> ReviewResults { get; } =
    [
        new("upheld", "结果维持"),
        new("corrected", "结果纠正"),
        new("other", "其他结果"),
        new("pending", "尚未审结"),
    ];

    // Indexes over the lists above (declared after them, so they are built from them); the compiler looks up every
    // record's codes, and a dictionary does it without a scan or an allocation.
    private static readonly FrozenDictionary<string, int> ApplicantTypeIndex = IndexBy(ApplicantTypes, c => c.Code);
    private static readonly FrozenDictionary<string, int> ReviewResultIndex = IndexBy(ReviewResults, c => c.Code);
    private static readonly FrozenDictionary<(string Outcome, string Reason), int> OutcomeRowIndex = OutcomeRows
        .SelectMany((row, i) => ReasonsCountedIn(row).Select(reason => (Key: (row.Outcome, reason), Index: i)))
        .ToFrozenDictionary(e => e.Key, e => e.Index);

    internal static int IndexOfApplicantType(string? code) =>
        code is not null && ApplicantTypeIndex.TryGetValue(code, out var i) ? i : -1;

    internal static int IndexOfReviewResult(string? code) =>
        code is not null && ReviewResultIndex.TryGetValue(code, out var i) ? i : -1;

    /// <summary>
    /// The row a case counts in, a variant's the row of its outcome; -1 for an unknown outcome, an unknown reason, a
    /// missing reason, or a reason where none belongs.
    /// </summary>
    internal static int IndexOfOutcomeRow(string? outcome, string? reason) =>
        outcome is not null && reason != "" && OutcomeRowIndex.TryGetValue((outcome, reason ?? ""), out var i) ? i : -1;

    /// <summary>A reason's row counts that reason; an outcome's own row counts no reason and each of its variants.</summary>
    private static IEnumerable<string> ReasonsCountedIn(OutcomeRow row) =>
        row.Reason is { } reason ? [reason.Code] : ["", .. row.Category.Variants.Select(v => v.Code)];

    private static FrozenDictionary<TKey, int> IndexBy<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key) where TKey : notnull =>
        items.Select((item, i) => (Key: key(item), Index: i)).ToFrozenDictionary(e => e.Key, e => e.Index);
}
