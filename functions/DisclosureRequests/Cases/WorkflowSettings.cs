using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

/// <summary>The agency's choices where the law leaves one.</summary>
public sealed record WorkflowSettings
{
    /// <summary>Art. 30 asks for "a reasonable time"; the default is 15 working days.</summary>
    public int ClarificationReplyWorkingDays { get; init; } = StatutoryPeriods.DefaultClarificationReplyWorkingDays;

    /// <summary>
    /// Whether the time from a fee notice to payment is left out of the reply period. The Measures are read that way
    /// by most agencies, as in comparable regimes; an agency advised otherwise can turn it off.
    /// </summary>
    public bool FeeNoticePausesReplyPeriod { get; init; } = true;
}
