using System.Reflection;
using System.Text.Json.Serialization;

namespace DisclosureRequests.Cases.Letters;

/// <summary>
/// What one outbox item says, typed by its kind: the letter to the applicant or another party, or the mail to staff.
/// Stored as JSON with the kind as discriminator; the discriminators below are the contract's outbox kinds.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(AcknowledgementLetter), "acknowledgement")]
[JsonDerivedType(typeof(ClarificationNoticeLetter), "clarification-notice")]
[JsonDerivedType(typeof(ExtensionNoticeLetter), "extension-notice")]
[JsonDerivedType(typeof(DelayNoticeLetter), "delay-notice")]
[JsonDerivedType(typeof(ThirdPartyConsultationLetter), "third-party-consultation")]
[JsonDerivedType(typeof(OtherAgencyConsultationLetter), "other-agency-consultation")]
[JsonDerivedType(typeof(ThirdPartyDisclosureDecisionLetter), "third-party-disclosure-decision")]
[JsonDerivedType(typeof(FeeNoticeLetter), "fee-notice")]
[JsonDerivedType(typeof(ReplyLetter), "reply")]
[JsonDerivedType(typeof(WithdrawalConfirmationLetter), "withdrawal-confirmation")]
[JsonDerivedType(typeof(LapseNoticeLetter), "lapse-notice")]
[JsonDerivedType(typeof(OfficerReminderMail), "officer-reminder")]
[JsonDerivedType(typeof(ClarificationWindowReminderMail), "clarification-window-reminder")]
[JsonDerivedType(typeof(OverdueEscalationMail), "overdue-escalation")]
[JsonDerivedType(typeof(EmailConfirmationRequestMail), "email-confirmation-request")]
[JsonDerivedType(typeof(AccessCodeRecoveryMail), "access-code-recovery")]
[JsonDerivedType(typeof(AccessCodeReissuedMail), "access-code-reissued")]
public abstract record LetterContent
{
    private static readonly Dictionary<Type, string> KindsByType = typeof(LetterContent)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    /// <summary>Every content type with its kind, as the discriminators above name them.</summary>
    public static IReadOnlyDictionary<Type, string> Kinds => KindsByType;

    [JsonIgnore]
    public string Kind => KindsByType[GetType()];
}
