namespace DisclosureRequests.Clock;

/// <summary>Periods set by the Regulations on Open Government Information, in working days.</summary>
public static class StatutoryPeriods
{
    /// <summary>Art. 33: reply within 20 working days of receipt.</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>Art. 33: an approved extension adds at most 20 working days.</summary>
    public const int MaxExtensionWorkingDays = 20;

    /// <summary>Art. 30: the clarification notice goes out within 7 working days of receipt.</summary>
    public const int ClarificationNoticeWorkingDays = 7;

    /// <summary>
    /// Art. 30 asks for "a reasonable time" to supplement an application without fixing it; this is the default
    /// an officer may change per case.
    /// </summary>
    public const int DefaultClarificationReplyWorkingDays = 15;

    /// <summary>Art. 32: a consulted third party has 15 working days from receiving the request.</summary>
    public const int ThirdPartyResponseWorkingDays = 15;

    /// <summary>Art. 34: a consulted agency has 15 working days; silence counts as consent.</summary>
    public const int OtherAgencyResponseWorkingDays = 15;

    /// <summary>国办函〔2020〕109号: the fee is paid within 20 working days from the day after the notice is received.</summary>
    public const int FeePaymentWorkingDays = 20;
}
