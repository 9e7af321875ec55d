namespace DisclosureRequests.Clock;

/// <summary>Why the reply period stops running for a while.</summary>
public enum PauseKind
{
    /// <summary>Art. 32: time spent consulting a third party is not counted (Art. 33).</summary>
    ThirdPartyConsultation,

    /// <summary>Art. 34: time spent consulting another agency is not counted (Art. 33).</summary>
    OtherAgencyConsultation,

    /// <summary>From the fee notice to payment (国办函〔2020〕109号).</summary>
    FeePayment,
}
