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
    public const string ThirdPartyDisclosureDecision = "third-party-disclosure-decision";
    public const string FeeNotice = "fee-notice";
    public const string Reply = "reply";
    public const string WithdrawalConfirmation = "withdrawal-confirmation";
    public const string LapseNotice = "lapse-notice";
    public const string OfficerReminder = "officer-reminder";
    public const string ClarificationWindowReminder = "clarification-window-reminder";
    public const string OverdueEscalation = "overdue-escalation";
    public const string EmailConfirmationRequest = "email-confirmation-request";
    public const string AccessCodeRecovery = "access-code-recovery";
    public const string AccessCodeReissued = "access-code-reissued";

    public static IReadOnlyList<LetterKind> All { get; } =
    [
        new(Acknowledgement, "政府信息公开申请登记回执", "收", true),
        new(ClarificationNotice, "政府信息公开申请补正告知书", "补", true),
        new(ExtensionNotice, "政府信息公开申请延期答复告知书", "延", true),
        new(DelayNotice, "政府信息公开申请延迟答复告知书", "迟", true),
        new(ThirdPartyConsultation, "政府信息公开征求第三方意见书", "征", true),
        new(OtherAgencyConsultation, "政府信息公开征求意见函", "商", true),
        new(ThirdPartyDisclosureDecision, "政府信息决定公开告知书", "告", true),
        new(FeeNotice, "政府信息公开信息处理费收费通知书", "费", true),
        new(Reply, "政府信息公开申请答复书", "答", true),
        new(WithdrawalConfirmation, "政府信息公开申请撤回确认书", "撤", true),
        new(LapseNotice, "政府信息公开申请终止处理告知书", "终", true),
        new(OfficerReminder, "【办理提醒】", "", false),
        new(ClarificationWindowReminder, "【补正告知期限提醒】", "", false),
        new(OverdueEscalation, "【逾期督办】", "", false),
        new(EmailConfirmationRequest, "【请确认电子邮箱】", "", false),
        new(AccessCodeRecovery, "【查询码】", "", false),
        new(AccessCodeReissued, "【查询码】", "", false),
    ];

    private static readonly Dictionary<string, LetterKind> ByKind = All.ToDictionary(k => k.Kind);

    public static LetterKind? Find(string kind) => ByKind.GetValueOrDefault(kind);
}
