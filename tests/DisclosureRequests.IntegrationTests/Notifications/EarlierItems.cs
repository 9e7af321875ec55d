using System.Text.Json;
using Azure.Data.Tables;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.IntegrationTests.Notifications;

/// <summary>
/// Outbox items as the release before typed letters stored them: every value a string in <c>data</c>, lists one entry a
/// line, withheld parts and fee lines as fields joined by <c>|</c>. The same letters as <see cref="SampleItems"/>.
/// </summary>
public static class EarlierItems
{
    /// <summary>The record the previous release serialised into the <c>Item</c> column.</summary>
    public sealed record EarlierItem(string Id, string Kind, string Audience, IReadOnlyDictionary<string, string> Data)
    {
        public string StoredJson() => JsonSerializer.Serialize(this, Json.Options);

        /// <summary>The row the previous release wrote for it (<c>OutboxEntities.ToEntity</c> of that release).</summary>
        public TableEntity Row(string caseId) => new(caseId, CaseStore.OutboxRowPrefix + Id)
        {
            ["Item"] = StoredJson(),
            ["Kind"] = Kind,
            ["Status"] = OutboxEntities.Pending,
            ["Attempts"] = 0,
        };

        public EarlierItem With(string key, string value) => this with { Data = new Dictionary<string, string>(Data) { [key] = value } };
    }

    public static EarlierItem Item(string kind, string audience, Dictionary<string, string> data, string? id = null, string caseId = "0123456789abcdef0123456789abcdef")
    {
        var all = new Dictionary<string, string>
        {
            ["caseId"] = caseId,
            ["trackingNumber"] = "2026-000042",
            ["applicantName"] = "张三",
            ["receivedOn"] = "2026-03-02",
        };
        foreach (var (key, value) in data) all[key] = value;
        return new EarlierItem(id ?? kind, kind, audience, all);
    }

    public static IReadOnlyDictionary<string, EarlierItem> Letters { get; } = new Dictionary<string, EarlierItem>
    {
        ["acknowledgement"] = Item(LetterKinds.Acknowledgement, "applicant", new() { ["replyDueOn"] = "2026-03-30", ["channel"] = "online", ["description"] = "2025年本市道路养护工程的招标文件和中标结果" }),
        ["acknowledgement-date-unknown"] = Item(LetterKinds.Acknowledgement, "applicant", new() { ["replyDueOn"] = "", ["channel"] = "registered-post", ["description"] = "2025年本市道路养护工程的招标文件" }),
        ["clarification-notice"] = Item(LetterKinds.ClarificationNotice, "applicant", new() { ["items"] = "请说明所申请文件的名称或文号\n请说明所申请信息的形成时间范围", ["requestedOn"] = "2026-03-05", ["replyBy"] = "2026-03-19" }),
        ["extension-notice-date-unknown"] = Item(LetterKinds.ExtensionNotice, "applicant", new() { ["workingDays"] = "15", ["reason"] = "申请公开的信息数量较大，需要调取多年档案", ["replyDueOn"] = "" }),
        ["clarification-notice-date-unknown"] = Item(LetterKinds.ClarificationNotice, "applicant", new() { ["items"] = "请说明所申请文件的名称或文号", ["requestedOn"] = "2026-12-28", ["replyBy"] = "", ["replyWithinWorkingDays"] = "15" }),
        ["extension-notice"] = Item(LetterKinds.ExtensionNotice, "applicant", new() { ["workingDays"] = "20", ["reason"] = "申请公开的信息数量较大，需要调取多年档案", ["replyDueOn"] = "2026-04-28" }),
        ["delay-notice"] = Item(LetterKinds.DelayNotice, "applicant", new() { ["reason"] = "申请公开的信息涉及2015年以来的全部批复文件三千余件，需逐件检索和审查", ["replyDueOn"] = "2026-05-29" }),
        ["third-party-consultation"] = Item(LetterKinds.ThirdPartyConsultation, "third-party", new() { ["consultationId"] = "c1", ["partyName"] = "某建设工程有限公司", ["partyEmail"] = "legal@builder.example.cn", ["partyAddress"] = "某市某区建设路1号", ["informationDescription"] = "贵公司2025年道路养护工程投标文件中的报价明细", ["sentOn"] = "2026-03-06", ["respondBy"] = "2026-03-27" }),
        ["other-agency-consultation"] = Item(LetterKinds.OtherAgencyConsultation, "other-agency", new() { ["consultationId"] = "c1", ["partyName"] = "某市财政局", ["partyEmail"] = "", ["partyAddress"] = "某市某区人民路2号", ["informationDescription"] = "2025年道路养护资金拨付联合通知", ["sentOn"] = "2026-03-06", ["respondBy"] = "2026-03-27" }),
        ["fee-notice-items"] = Item(LetterKinds.FeeNotice, "applicant", new() { ["basis"] = "items", ["units"] = "25", ["priorItemsThisMonth"] = "10", ["amount"] = "3000", ["breakdown"] = "11-30|20|100|100|2000\n31-35|5|200|200|1000", ["noticeOn"] = "2026-03-10", ["payBy"] = "2026-04-08" }),
        ["fee-notice-many-items"] = Item(LetterKinds.FeeNotice, "applicant", new() { ["basis"] = "items", ["units"] = "50000", ["priorItemsThisMonth"] = "0", ["amount"] = "12492502000", ["breakdown"] = "11-30|20|100|100|2000\n31-40|10|200|200|2000\n41-50|10|300|300|3000\n51-50000|49950|400|499800|12492495000", ["noticeOn"] = "2026-03-10", ["payBy"] = "2026-04-08" }),
        ["fee-notice-pages"] = Item(LetterKinds.FeeNotice, "applicant", new() { ["basis"] = "pages", ["units"] = "230", ["priorItemsThisMonth"] = "", ["amount"] = "3900", ["breakdown"] = "31-100|70|10|10|700\n101-200|100|20|20|2000\n201-230|30|40|40|1200", ["noticeOn"] = "2026-03-10", ["payBy"] = "2026-04-08" }),
        ["withdrawal-confirmation"] = Item(LetterKinds.WithdrawalConfirmation, "applicant", new() { ["withdrawnOn"] = "2026-03-12" }),
        ["lapse-notice-clarification"] = Item(LetterKinds.LapseNotice, "applicant", new() { ["reason"] = "clarification-lapsed", ["lapsedOn"] = "2026-03-20" }),
        ["lapse-notice-fee"] = Item(LetterKinds.LapseNotice, "applicant", new() { ["reason"] = "fee-unpaid", ["lapsedOn"] = "2026-04-09" }),
        ["officer-reminder"] = Item(LetterKinds.OfficerReminder, "assignee", new() { ["recipients"] = "li.si@agency.example.cn", ["replyDueOn"] = "2026-03-30", ["workingDaysLeft"] = "3", ["status"] = "in-progress" }),
        ["clarification-window-reminder"] = Item(LetterKinds.ClarificationWindowReminder, "case-officers", new() { ["recipients"] = "", ["clarificationNoticeDueOn"] = "2026-03-11" }),
        ["overdue-escalation"] = Item(LetterKinds.OverdueEscalation, "approvers", new() { ["replyDueOn"] = "2026-03-30", ["workingDaysOverdue"] = "2", ["assignee"] = "li.si@agency.example.cn" }),
    };

    public static EarlierItem Reply(string outcome, string reason, Dictionary<string, string>? extra = null)
    {
        var data = new Dictionary<string, string>
        {
            ["outcome"] = outcome,
            ["reason"] = reason,
            ["summary"] = "如对本答复有疑问，请与本机关政府信息公开工作机构联系。",
            ["repliedOn"] = "2026-03-25",
            ["withheld"] = "",
            ["responsibleAgency"] = "",
            ["releasedDocuments"] = "",
            ["description"] = "2025年本市道路养护工程的招标文件和中标结果",
        };
        foreach (var (key, value) in extra ?? []) data[key] = value;
        return Item(LetterKinds.Reply, "applicant", data);
    }

    /// <summary>Puts the item into the outbox of a case already stored, as the previous release's commit did.</summary>
    public static async Task StoreAsync(StorageClients storage, DisclosureRequests.Cases.CaseState state, EarlierItem item) =>
        await storage.Table(StorageNames.CasesTable).AddEntityAsync(item.With("caseId", state.Id).With("trackingNumber", state.TrackingNumber).Row(state.Id));

    public static Dictionary<string, string> PartialDisclosure => new()
    {
        ["withheld"] = "third-party-rights|中标单位投标报价明细\nprocess-information|评标委员会内部讨论记录",
        ["releasedDocuments"] = "道路养护工程招标公告.pdf\n中标结果公示.pdf",
    };
}
