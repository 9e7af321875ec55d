using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Fees;
using DisclosureRequests.Intake;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>Outbox items of every kind, with the content the workflow puts in them.</summary>
public static class SampleItems
{
    public static readonly AgencyProfile Agency = new(
        "某市交通运输局", "某交信公开", "请通过“某市非税收入缴款平台”缴纳，或持本通知书到本局政府信息公开受理窗口缴纳。", "某市人民政府");

    private const string Description = "2025年本市道路养护工程的招标文件和中标结果";

    /// <summary>Where an answer of Art. 36(1) or 39(2) tells the applicant to obtain the information.</summary>
    public const string AccessRoute = "某市交通运输局门户网站“政府信息公开—招标投标”栏目（https://jtj.example.gov.cn/zbtb）";

    public static OutboxItem Item(string audience, LetterContent content, string? id = null, string caseId = "0123456789abcdef0123456789abcdef") =>
        new(id ?? content.Kind, audience, caseId, "2026-000042", "张三", Day(2026, 3, 2), content) { ApplicantType = ApplicantTypes.NaturalPerson };

    public static IReadOnlyDictionary<string, OutboxItem> Letters { get; } = new Dictionary<string, OutboxItem>
    {
        ["acknowledgement"] = Item("applicant", new AcknowledgementLetter(Day(2026, 3, 30), "online", Description)),
        ["acknowledgement-date-unknown"] = Item("applicant", new AcknowledgementLetter(null, "registered-post", "2025年本市道路养护工程的招标文件")),
        ["clarification-notice"] = Item("applicant", new ClarificationNoticeLetter(["请说明所申请文件的名称或文号", "请说明所申请信息的形成时间范围"], Day(2026, 3, 5), Day(2026, 3, 19), null)),
        ["extension-notice-date-unknown"] = Item("applicant", new ExtensionNoticeLetter(15, "申请公开的信息数量较大，需要调取多年档案", null)),
        ["clarification-notice-date-unknown"] = Item("applicant", new ClarificationNoticeLetter(["请说明所申请文件的名称或文号"], Day(2026, 12, 28), null, 15)),
        ["extension-notice"] = Item("applicant", new ExtensionNoticeLetter(20, "申请公开的信息数量较大，需要调取多年档案", Day(2026, 4, 28))),
        ["delay-notice"] = Item("applicant", new DelayNoticeLetter("申请公开的信息涉及2015年以来的全部批复文件三千余件，需逐件检索和审查", Day(2026, 5, 29))),
        ["third-party-consultation"] = Item("third-party", new ThirdPartyConsultationLetter("c1", "某建设工程有限公司", "legal@builder.example.cn", "某市某区建设路1号",
            "贵公司2025年道路养护工程投标文件中的报价明细", Day(2026, 3, 6), Day(2026, 3, 27))),
        ["other-agency-consultation-secrecy-review"] = Item("other-agency", new OtherAgencyConsultationLetter("c2", "某市国家保密局", null, "某市某区人民路8号",
            "2025年本市道路养护工程涉及军事管理区路段的施工图纸", Day(2026, 3, 6), Day(2026, 3, 27), Consultation.SecrecyReview)),
        ["third-party-disclosure-decision"] = Item("third-party", new ThirdPartyDisclosureDecisionLetter("c1", "某建设工程有限公司", "legal@builder.example.cn", "某市某区建设路1号",
            Description, Day(2026, 4, 20), Day(2026, 3, 6),
            "所申请的中标结果及中标价格属于财政资金使用情况，依法应当接受社会监督；不公开将影响公众对道路养护资金使用的监督，可能对公共利益造成重大影响。报价明细中的单价构成等内容不在公开之列。")),
        ["other-agency-consultation"] = Item("other-agency", new OtherAgencyConsultationLetter("c1", "某市财政局", null, "某市某区人民路2号",
            "2025年道路养护资金拨付联合通知", Day(2026, 3, 6), Day(2026, 3, 27))),
        ["fee-notice-items"] = Item("applicant", new FeeNoticeLetter("items", 25, 10, 3000,
            [new FeeLine(11, 30, 100, 100, 2000), new FeeLine(31, 35, 200, 200, 1000)], Day(2026, 3, 10), Day(2026, 4, 8))),
        ["fee-notice-many-items"] = Item("applicant", new FeeNoticeLetter("items", 50000, 0, 12492502000,
            [new FeeLine(11, 30, 100, 100, 2000), new FeeLine(31, 40, 200, 200, 2000), new FeeLine(41, 50, 300, 300, 3000), new FeeLine(51, 50000, 400, 499800, 12492495000)],
            Day(2026, 3, 10), Day(2026, 4, 8))),
        ["fee-notice-pages"] = Item("applicant", new FeeNoticeLetter("pages", 230, 0, 3900,
            [new FeeLine(31, 100, 10, 10, 700), new FeeLine(101, 200, 20, 20, 2000), new FeeLine(201, 230, 40, 40, 1200)], Day(2026, 3, 10), Day(2026, 4, 8))),
        ["withdrawal-confirmation"] = Item("applicant", new WithdrawalConfirmationLetter(Day(2026, 3, 12))),
        ["lapse-notice-clarification"] = Item("applicant", new LapseNoticeLetter("clarification-lapsed", Day(2026, 3, 20))),
        ["lapse-notice-fee"] = Item("applicant", new LapseNoticeLetter("fee-unpaid", Day(2026, 4, 9))),
        ["access-code-reissued"] = Item("applicant", new AccessCodeReissuedMail(Day(2026, 3, 4))),
        ["access-code-recovery"] = Item("applicant", new AccessCodeRecoveryMail("6f1c0b2e9a7d4c3b8e5f0a1d2c3b4a59", "5202NZ7P7QBR2JTJGMKZ")),
        ["officer-reminder"] = Item("assignee", new OfficerReminderMail(["li.si@agency.example.cn"], Day(2026, 3, 30), 3, "in-progress")),
        ["clarification-window-reminder"] = Item("case-officers", new ClarificationWindowReminderMail([], Day(2026, 3, 11))),
        ["overdue-escalation"] = Item("approvers", new OverdueEscalationMail([], Day(2026, 3, 30), 2, "li.si@agency.example.cn")),
    };

    public static OutboxItem Reply(string outcome, string reason, Func<ReplyLetter, ReplyLetter>? change = null)
    {
        var reply = new ReplyLetter(outcome, reason.Length == 0 ? null : reason, "如对本答复有疑问，请与本机关政府信息公开工作机构联系。", Day(2026, 3, 25),
            [], [], Description: Description, AccessRoute: ReplyOutcomes.NamesAccessRoute(outcome, reason) ? AccessRoute : null);
        return Item("applicant", change is null ? reply : change(reply));
    }

    /// <summary>Every outcome and reason of the contract, with the article each reply must cite.</summary>
    public static TheoryData<string, string, string> ReplyArticles => new()
    {
        { "disclosed", "", "第三十六条第（二）项" },
        { "disclosed", "already-public", "第三十六条第（一）项" },
        { "partially-disclosed", "", "第三十七条" },
        { "withheld", "state-secret", "第十四条" },
        { "withheld", "prohibited-by-law", "第十四条" },
        { "withheld", "security-stability", "第十四条" },
        { "withheld", "third-party-rights", "第十五条" },
        { "withheld", "internal-affairs", "第十六条" },
        { "withheld", "process-information", "第十六条" },
        { "withheld", "enforcement-case-file", "第十六条" },
        { "withheld", "administrative-query", "第三十六条第（七）项" },
        { "unavailable", "not-held", "第三十六条第（四）项" },
        { "unavailable", "requires-creation", "第三十八条" },
        { "unavailable", "still-unclear", "第三十条" },
        { "not-processed", "petition-complaint", "第三十九条" },
        { "not-processed", "duplicate", "第三十六条第（六）项" },
        { "not-processed", "publication", "第三十九条第二款" },
        { "not-processed", "excessive", "第三十五条" },
        { "not-processed", "confirmation", "第三十六条和第三十八条" },
        { "other", "clarification-lapsed", "第三十条" },
        { "other", "fee-unpaid", "第四十二条" },
        { "other", "other", "第三十六条" },
    };

    public static Func<ReplyLetter, ReplyLetter> PartialDisclosure { get; } = reply => reply with
    {
        Withheld = [new WithheldPart("third-party-rights", "中标单位投标报价明细"), new WithheldPart("process-information", "评标委员会内部讨论记录")],
        ReleasedDocuments = ["道路养护工程招标公告.pdf", "中标结果公示.pdf"],
    };

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
