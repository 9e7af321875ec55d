using DisclosureRequests.Cases;
using DisclosureRequests.Core.Notifications;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>Outbox items of every kind, with the Data the contract says the workflow puts in them.</summary>
public static class SampleItems
{
    public static readonly AgencyProfile Agency = new(
        "某市交通运输局", "某交信公开", "请通过“某市非税收入缴款平台”缴纳，或持本通知书到本局政府信息公开受理窗口缴纳。", "某市人民政府");

    public static OutboxItem Item(string kind, string audience, Dictionary<string, string> data, string? id = null, string caseId = "0123456789abcdef0123456789abcdef")
    {
        var all = new Dictionary<string, string>
        {
            ["caseId"] = caseId,
            ["trackingNumber"] = "2026-000042",
            ["applicantName"] = "张三",
            ["receivedOn"] = "2026-03-02",
        };
        foreach (var (key, value) in data) all[key] = value;
        return new OutboxItem(id ?? kind, kind, audience, all);
    }

    public static IReadOnlyDictionary<string, OutboxItem> Letters { get; } = new Dictionary<string, OutboxItem>
    {
        ["acknowledgement"] = Item(LetterKinds.Acknowledgement, "applicant", new() { ["replyDueOn"] = "2026-03-30", ["channel"] = "online", ["description"] = "2025年本市道路养护工程的招标文件和中标结果" }),
        ["acknowledgement-date-unknown"] = Item(LetterKinds.Acknowledgement, "applicant", new() { ["replyDueOn"] = "", ["channel"] = "registered-post", ["description"] = "2025年本市道路养护工程的招标文件" }),
        ["clarification-notice"] = Item(LetterKinds.ClarificationNotice, "applicant", new() { ["items"] = "请说明所申请文件的名称或文号\n请说明所申请信息的形成时间范围", ["requestedOn"] = "2026-03-05", ["replyBy"] = "2026-03-19" }),
        ["extension-notice-date-unknown"] = Item(LetterKinds.ExtensionNotice, "applicant", new() { ["workingDays"] = "15", ["reason"] = "申请公开的信息数量较大，需要调取多年档案", ["replyDueOn"] = "" }),
        ["clarification-notice-date-unknown"] = Item(LetterKinds.ClarificationNotice, "applicant", new() { ["items"] = "请说明所申请文件的名称或文号", ["requestedOn"] = "2026-12-28", ["replyBy"] = "", ["replyWithinWorkingDays"] = "15" }),
        ["extension-notice"] = Item(LetterKinds.ExtensionNotice, "applicant", new() { ["workingDays"] = "20", ["reason"] = "申请公开的信息数量较大，需要调取多年档案", ["replyDueOn"] = "2026-04-28" }),
        ["delay-notice"] = Item(LetterKinds.DelayNotice, "applicant", new() { ["reason"] = "申请公开的信息涉及2015年以来的全部批复文件三千余件，需逐件检索和审查", ["replyDueOn"] = "2026-05-29" }),
        ["third-party-consultation"] = Item(LetterKinds.ThirdPartyConsultation, "third-party", new() { ["partyName"] = "某建设工程有限公司", ["partyEmail"] = "legal@builder.example.cn", ["partyAddress"] = "某市某区建设路1号", ["informationDescription"] = "贵公司2025年道路养护工程投标文件中的报价明细", ["sentOn"] = "2026-03-06", ["respondBy"] = "2026-03-27" }),
        ["other-agency-consultation"] = Item(LetterKinds.OtherAgencyConsultation, "other-agency", new() { ["partyName"] = "某市财政局", ["partyEmail"] = "", ["partyAddress"] = "某市某区人民路2号", ["informationDescription"] = "2025年道路养护资金拨付联合通知", ["sentOn"] = "2026-03-06", ["respondBy"] = "2026-03-27" }),
        ["fee-notice-items"] = Item(LetterKinds.FeeNotice, "applicant", new() { ["basis"] = "items", ["units"] = "25", ["priorItemsThisMonth"] = "10", ["amount"] = "3000", ["breakdown"] = "11-30|20|100|100|2000\n31-35|5|200|200|1000", ["noticeOn"] = "2026-03-10", ["payBy"] = "2026-04-08" }),
        ["fee-notice-many-items"] = Item(LetterKinds.FeeNotice, "applicant", new() { ["basis"] = "items", ["units"] = "50000", ["priorItemsThisMonth"] = "0", ["amount"] = "12492502000", ["breakdown"] = "11-30|20|100|100|2000\n31-40|10|200|200|2000\n41-50|10|300|300|3000\n51-50000|49950|400|499800|12492495000", ["noticeOn"] = "2026-03-10", ["payBy"] = "2026-04-08" }),
        ["fee-notice-pages"] = Item(LetterKinds.FeeNotice, "applicant", new() { ["basis"] = "pages", ["units"] = "230", ["priorItemsThisMonth"] = "", ["amount"] = "3500", ["breakdown"] = "31-100|70|10|10|700\n101-200|100|20|20|2000\n201-230|30|40|40|1200", ["noticeOn"] = "2026-03-10", ["payBy"] = "2026-04-08" }),
        ["withdrawal-confirmation"] = Item(LetterKinds.WithdrawalConfirmation, "applicant", new() { ["withdrawnOn"] = "2026-03-12" }),
        ["lapse-notice-clarification"] = Item(LetterKinds.LapseNotice, "applicant", new() { ["reason"] = "clarification-lapsed", ["lapsedOn"] = "2026-03-20" }),
        ["lapse-notice-fee"] = Item(LetterKinds.LapseNotice, "applicant", new() { ["reason"] = "fee-unpaid", ["lapsedOn"] = "2026-04-09" }),
        ["officer-reminder"] = Item(LetterKinds.OfficerReminder, "assignee", new() { ["recipients"] = "li.si@agency.example.cn", ["replyDueOn"] = "2026-03-30", ["workingDaysLeft"] = "3", ["status"] = "in-progress" }),
        ["clarification-window-reminder"] = Item(LetterKinds.ClarificationWindowReminder, "case-officers", new() { ["recipients"] = "", ["clarificationNoticeDueOn"] = "2026-03-11" }),
        ["overdue-escalation"] = Item(LetterKinds.OverdueEscalation, "approvers", new() { ["replyDueOn"] = "2026-03-30", ["workingDaysOverdue"] = "2", ["assignee"] = "li.si@agency.example.cn" }),
    };

    public static OutboxItem Reply(string outcome, string reason, Dictionary<string, string>? extra = null)
    {
        var data = new Dictionary<string, string>
        {
            ["outcome"] = outcome,
            ["reason"] = reason,
            ["summary"] = "经查，本机关已于2025年12月在门户网站公开相关信息。",
            ["repliedOn"] = "2026-03-25",
            ["withheld"] = "",
            ["responsibleAgency"] = "",
            ["releasedDocuments"] = "",
            ["description"] = "2025年本市道路养护工程的招标文件和中标结果",
        };
        foreach (var (key, value) in extra ?? []) data[key] = value;
        return Item(LetterKinds.Reply, "applicant", data);
    }

    /// <summary>Every outcome and reason of the contract, with the article each reply must cite.</summary>
    public static TheoryData<string, string, string> ReplyArticles => new()
    {
        { "disclosed", "", "第三十六条第（二）项" },
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
        { "not-processed", "publication", "第三十九条" },
        { "not-processed", "excessive", "第三十五条" },
        { "not-processed", "confirmation", "第三十六条和第三十八条" },
        { "other", "clarification-lapsed", "第三十条" },
        { "other", "fee-unpaid", "第四十二条" },
        { "other", "other", "第三十六条" },
    };

    public static Dictionary<string, string> PartialDisclosure => new()
    {
        ["withheld"] = "third-party-rights|中标单位投标报价明细\nprocess-information|评标委员会内部讨论记录",
        ["releasedDocuments"] = "道路养护工程招标公告.pdf\n中标结果公示.pdf",
    };
}
