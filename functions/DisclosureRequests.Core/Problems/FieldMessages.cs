using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Problems;

/// <summary>What a citizen reads when a field is refused, keyed by the domain's stable codes.</summary>
public static class FieldMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Messages = new()
    {
        ["required"] = ("此项为必填项", "This field is required"),
        ["too-long"] = ("内容超过允许的长度", "This field is too long"),
        ["too-many"] = ("所列项目超过允许的数量", "This list has too many entries"),
        ["id-number"] = ("身份证件号码不正确：18位居民身份证号码的校验码不符，或证件号码含有不允许的字符", "The identity number is not valid: an 18-character resident ID fails its check character, or the number has characters not allowed"),
        ["credit-code"] = ("统一社会信用代码不正确：应为18位，且校验码相符", "The unified social credit code is not valid: it has 18 characters and a matching check character"),
        ["if-match"] = ("If-Match 应为查看申请时返回的 ETag，例如 \"3\"", "If-Match is the ETag the case was read with, such as \"3\""),
        ["idempotency-key"] = ("幂等键应为16至128位字母、数字或 -_.: 字符", "Idempotency-Key is 16 to 128 letters, digits or -_.:"),
        ["date-before-calendar"] = ("收到日期早于本系统工作日历覆盖的首个年度", "The date of receipt is before the first year of the working-day calendar"),
        ["applicant-type"] = ("申请人类型应为：自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他组织", "Applicant type must be one of: " + string.Join(", ", ApplicantTypes.All)),
        ["contact-required"] = ("请至少提供电子邮箱、电话或通信地址中的一项联系方式", "Give at least one of e-mail, phone or postal address"),
        ["email"] = ("电子邮箱格式不正确", "The e-mail address is not valid"),
        ["phone"] = ("电话号码格式不正确", "The phone number is not valid"),
        ["format"] = ("信息的提供形式应为电子或纸质", "Format must be electronic or paper"),
        ["delivery"] = ("获取方式应为电子邮件、邮寄、自行领取或在线获取", "Delivery must be email, post, pickup or online"),
        ["channel"] = ("申请渠道应为当面、挂号信、平信、网络或传真", "Channel must be in-person, registered-post, ordinary-post, online or fax"),
        ["email-required-for-delivery"] = ("选择电子邮件方式获取的，请提供电子邮箱", "An e-mail address is needed for delivery by e-mail"),
        ["address-required-for-delivery"] = ("选择邮寄方式获取的，请提供通信地址", "A postal address is needed for delivery by post"),
        ["date"] = ("日期格式应为 yyyy-MM-dd", "Dates are written yyyy-MM-dd"),
        ["date-in-future"] = ("收到日期不能晚于今天", "The date of receipt cannot be in the future"),
        ["malformed"] = ("请求内容不是有效的 JSON", "The body is not valid JSON"),
        ["range"] = ("数值超出允许范围", "The number is out of range"),
        ["status"] = ("办理状态取值不正确", "Unknown status"),
        ["calendar-year-range"] = ("只能更正日历中已有的年度，或发布紧接最后一个已有年度的下一年度", "Only a year already in the calendar or the one after its last year can be published"),
        ["calendar-no-holidays"] = ("节假日安排应至少列出一个放假日期", "A holiday notice names at least one holiday"),
        ["calendar-outside-year"] = ("该日期不在所发布的年度内", "The date is outside the year being published"),
        ["calendar-duplicate"] = ("该日期重复列出", "The date is listed twice"),
        ["calendar-both-lists"] = ("同一日期不能既是放假日又是调休上班日", "A date cannot be both a holiday and an adjusted workday"),
        ["calendar-holiday-on-weekend"] = ("该日为星期六或星期日，本就是休息日，不应再列为放假日（只列出落在星期一至星期五的放假日期）", "The date is a Saturday or Sunday, already a rest day; list only holidays that fall on weekdays"),
        ["calendar-workday-on-weekday"] = ("调休上班日应为星期六或星期日；星期一至星期五本就是工作日", "An adjusted workday is a Saturday or Sunday; weekdays are working days already"),
        ["calendar-source-in-future"] = ("通知的发布日期不能晚于今天", "The notice cannot be dated after today"),
        ["calendar-source-year"] = ("通知的发布日期应在该年度或上一年度内", "The notice is dated in the year it concerns or the year before"),
        ["control-characters"] = ("内容含有不可打印的控制字符", "The text contains control characters"),
        ["fee-basis"] = ("收费方式应为按件（items）或按页（pages）", "basis is items or pages"),
        ["staff-roles"] = ("角色应为承办人员、法制审核人员、审批负责人或系统管理员，至少选择一项", "Roles are CaseOfficer, LegalReviewer, Approver or Administrator; choose at least one"),
        ["assignee-not-in-directory"] = ("请从工作人员名录中选择在岗的承办人员", "Choose an active case officer from the staff directory"),
        ["page-size"] = ("每页条数应为 1 至 200", "The page size is between 1 and 200"),
        ["continuation"] = ("翻页标记无效，请从第一页重新查看", "The continuation is not valid; start again from the first page"),
        ["continuation-expired"] = ("翻页标记已过期，请从第一页重新查看", "The continuation has expired; start again from the first page"),
    };

    public static string For(string code, bool english) =>
        Messages.TryGetValue(code, out var m) ? (english ? m.En : m.Zh) : code;

    public static IReadOnlyDictionary<string, string[]> Map(IEnumerable<FieldError> errors, bool english) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => For(e.Code, english)).ToArray());
}
