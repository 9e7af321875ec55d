using DisclosureRequests.Clock;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Cases;

/// <summary>Everything known about one application. State is explicit data, so a new release picks up cases in flight.</summary>
public sealed record CaseState
{
    public required string Id { get; init; }
    public required string TrackingNumber { get; init; }
    public required int Version { get; init; }
    public required int LastEventSequence { get; init; }
    public required CaseStatus Status { get; init; }
    public required ApplicationDetails Application { get; init; }
    public required string Channel { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required DateTimeOffset FiledAt { get; init; }
    public required string AccessCodeHash { get; init; }
    public required CaseClock Clock { get; init; }
    public string? RequestHash { get; init; }
    public string? RegisteredBy { get; init; }
    public string? Assignee { get; init; }
    public ClarificationRequest? Clarification { get; init; }
    public IReadOnlyList<Consultation> Consultations { get; init; } = [];
    public ExtensionRequest? Extension { get; init; }
    public FeeNotice? Fee { get; init; }
    public DraftReply? Draft { get; init; }
    public Conclusion? Conclusion { get; init; }
    public RemedyRecord? Reconsideration { get; init; }
    public RemedyRecord? Litigation { get; init; }
    public IReadOnlyList<string> FiredTimers { get; init; } = [];
    public CaseImportRecord? Import { get; init; }
    public IReadOnlyList<LetterDispatch> LetterDispatches { get; init; } = [];

    /// <summary>
    /// An address given by someone filing online is not written to until its owner shows they read it: the case goes
    /// on, and the agency's letters wait for the confirmation code sent there.
    /// </summary>
    public bool EmailConfirmationPending { get; init; }

    /// <summary>When a new access code was last mailed to the applicant at their request: the next waits a while.</summary>
    public DateTimeOffset? AccessCodeRecoveredAt { get; init; }

    public bool IsClosed => Status.IsTerminal();
}
