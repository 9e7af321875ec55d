using DisclosureRequests.Imports;
using DisclosureRequests.Intake;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Imports;

/// <summary>What an administrator reads about a refused cell of an import file, keyed by the rules' codes.</summary>
public static class ImportMessages
{
    private static string List(IEnumerable<string> codes) => string.Join("、", codes);

    private static readonly Dictionary<string, (string Zh, string En)> Messages = new()
    {
        ["required"] = ("此项为必填项", "This cell is required"),
        ["too-long"] = ("内容超过允许的长度", "The text is too long"),
        ["control-characters"] = ("内容含有不可打印的控制字符", "The text contains control characters"),
        ["tracking-number"] = ($"申请编号不超过{ImportRowRules.MaxTrackingNumberLength}个字符，不能含有空格或 / \\ # ? 等字符", "The tracking number has at most 50 characters and no spaces, / \\ # or ?"),
        ["date"] = ("日期格式应为 yyyy-MM-dd", "Dates are written yyyy-MM-dd"),
        ["date-in-future"] = ("日期不能晚于今天", "The date cannot be in the future"),
        ["date-outside-calendar"] = ("日期不在系统工作日历覆盖的年度内", "The date is outside the years the working-day calendar covers"),
        ["closed-before-received"] = ("办结日期不能早于收到申请之日", "closedOn cannot be before receivedOn"),
        ["channel"] = ($"申请渠道应为：{List(ApplicationRules.Channels)}", "channel must be one of: " + string.Join(", ", ApplicationRules.Channels)),
        ["applicant-type"] = ($"申请人类型应为：{List(ApplicantTypes.All)}", "applicantType must be one of: " + string.Join(", ", ApplicantTypes.All)),
        ["outcome"] = ($"办理结果应为：{List(ReportTable.Outcomes.Select(o => o.Code))}", "outcome must be one of: " + string.Join(", ", ReportTable.Outcomes.Select(o => o.Code))),
        ["closed-without-outcome"] = ("填写了办结日期的，应同时填写办理结果", "A closed case needs its outcome"),
        ["outcome-without-closed"] = ("填写了办理结果的，应同时填写办结日期（答复、撤回或终止办理之日）", "An outcome needs its closedOn date"),
        ["reason-without-outcome"] = ("未填写办理结果的，不应填写理由", "A reason needs an outcome"),
        ["reason-required"] = ("该办理结果应填写理由", "This outcome needs a reason"),
        ["reason-not-expected"] = ("该办理结果不填写理由", "This outcome takes no reason"),
        ["reason"] = ("理由与办理结果不对应，取值见导入模板", "The reason does not belong to the outcome; see the template"),
        ["withheld-reasons-required"] = ("部分公开的，应填写不予公开部分的理由，多个理由以英文分号“;”分隔", "A partial disclosure lists the reasons withheld, separated by ';'"),
        ["withheld-reasons"] = ($"部分公开的理由应为：{List(ImportRowRules.WithheldReasons)}，多个理由以英文分号“;”分隔", "Withheld reasons are among: " + string.Join(", ", ImportRowRules.WithheldReasons)),
        ["remedy-result"] = ($"结果应为：{List(ImportRowRules.Results)}", "The result is one of: " + string.Join(", ", ImportRowRules.Results)),
        ["remedy-on-open-case"] = ("尚未办结的申请不能有行政复议或行政诉讼结果", "An open case has no reconsideration or lawsuit"),
        ["litigation-route"] = ($"起诉方式应为：{List(ImportRowRules.Routes)}", "litigationRoute is one of: " + string.Join(", ", ImportRowRules.Routes)),
        ["litigation-route-required"] = ("填写了行政诉讼结果的，应填写起诉方式", "A lawsuit needs its route"),
        ["litigation-route-without-litigation"] = ("未填写行政诉讼结果的，不应填写起诉方式", "A route needs a lawsuit result"),
        ["after-reconsideration-without-reconsideration"] = ("复议后起诉的，应同时填写行政复议结果", "A lawsuit after reconsideration needs the reconsideration"),
        ["fee"] = ("收费金额应为不小于零的数额（元），最多两位小数", "feeYuan is a non-negative amount with at most two decimals"),
        ["duplicate-in-file"] = ("申请编号在本文件中重复", "The tracking number appears more than once in the file"),
        ["exists"] = ("系统中已有该申请编号的申请", "A case with this tracking number already exists"),
        ["exists-from-other-file"] = ("该申请编号已从另一份文件导入", "This tracking number was imported from another file"),
        ["unknown-column"] = ("表头中有模板以外的列", "The header names a column the template does not have"),
        ["repeated-column"] = ("表头中该列出现了不止一次", "The header names this column more than once"),
        ["missing-column"] = ("表头中缺少该列", "The header lacks this column"),
        ["not-utf8"] = ("文件应为 UTF-8 编码", "The file must be UTF-8"),
        ["unreadable"] = ("无法读取文件，请使用导入模板的格式", "The file cannot be read; use the template's format"),
        ["no-rows"] = ("文件中只有表头，没有申请数据", "The file has a header but no rows"),
        ["empty"] = ("文件中没有表头和数据", "The file has no header and no rows"),
    };

    public static string For(string code, bool english) =>
        Messages.TryGetValue(code, out var m) ? (english ? m.En : m.Zh) : code;

    /// <summary>Every code the rules and readers use has a message (checked by a test).</summary>
    public static IReadOnlyCollection<string> Codes => Messages.Keys;
}
