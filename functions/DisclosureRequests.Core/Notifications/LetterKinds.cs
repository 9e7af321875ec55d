namespace DisclosureRequests.Core.Notifications;

/// <summary>Every outbox kind the agency sends, the one table the composer and the delivery read.</summary>
public static class LetterKinds
{
    public const string Acknowledgement = "acknowledgement";
    public const string ClarificationNotice = "clarification-notice";
    public const string ExtensionNotice = "extension-notice";
    public const string DelayNotice = "delay-notice";
    public const string ThirdPartyConsultation = "third-party-consultation";
    public const string OtherAgencyConsultation = "other-agency-consultation";
    public const string FeeNotice = "fee-notice";
    public const string Reply = "reply";
    public const string WithdrawalConfirmation = "withdrawal-confirmation";
    public const string LapseNotice = "lapse-notice";
    public const string OfficerReminder = "officer-reminder";
    public const string ClarificationWindowReminder = "clarification-window-reminder";
    public const string OverdueEscalation = "overdue-escalation";
    public const string EmailConfirmationRequest = "email-confirmation-request";

    public static IReadOnlyList<LetterKind> All { get; } =
    [
        new(Acknowledgement, "政府信息公开申请登记回执", "收", null, true, ["replyDueOn", "channel", "description"]),
        new(ClarificationNotice, "政府信息公开申请补正告知书", "补", "requestedOn", true, ["items", "requestedOn", "replyBy"]),
        new(ExtensionNotice, "政府信息公开申请延期答复告知书", "延", null, true, ["workingDays", "reason", "replyDueOn"]),
        new(DelayNotice, "政府信息公开申请延迟答复告知书", "迟", null, true, ["reason", "replyDueOn"]),
        new(ThirdPartyConsultation, "政府信息公开征求第三方意见书", "征", "sentOn", true, ["partyName", "informationDescription", "sentOn", "respondBy"]),
        new(OtherAgencyConsultation, "政府信息公开征求意见函", "商", "sentOn", true, ["partyName", "informationDescription", "sentOn", "respondBy"]),
        new(FeeNotice, "政府信息公开信息处理费收费通知书", "费", "noticeOn", true, ["basis", "units", "amount", "breakdown", "noticeOn", "payBy"]),
        new(Reply, "政府信息公开申请答复书", "答", "repliedOn", true, ["outcome", "summary", "repliedOn"]),
        new(WithdrawalConfirmation, "政府信息公开申请撤回确认书", "撤", "withdrawnOn", true, ["withdrawnOn"]),
        new(LapseNotice, "政府信息公开申请终止处理告知书", "终", "lapsedOn", true, ["reason", "lapsedOn"]),
        new(OfficerReminder, "【办理提醒】", "", null, false, ["replyDueOn", "workingDaysLeft", "status"]),
        new(ClarificationWindowReminder, "【补正告知期限提醒】", "", null, false, ["clarificationNoticeDueOn"]),
        new(OverdueEscalation, "【逾期督办】", "", null, false, ["replyDueOn", "workingDaysOverdue", "assignee"]),
        new(EmailConfirmationRequest, "【请确认电子邮箱】", "", null, false, ["confirmationCode"]),
    ];

    private static readonly Dictionary<string, LetterKind> ByKind = All.ToDictionary(k => k.Kind);

    public static LetterKind? Find(string kind) => ByKind.GetValueOrDefault(kind);
}
