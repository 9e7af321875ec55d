using DisclosureRequests.Intake;

namespace DisclosureRequests.Functions.Problems;

/// <summary>What a citizen reads when a field is refused, keyed by the domain's stable codes.</summary>
public static class FieldMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Messages = new()
    {
        ["required"] = ("此项为必填项", "This field is required"),
        ["too-long"] = ("内容超过允许的长度", "This field is too long"),
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
