using DisclosureRequests.Cases;
using DisclosureRequests.Clock;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Core.Cases;

/// <summary>Everything an officer sees of a case.</summary>
public sealed record CaseView(
    string Id,
    string TrackingNumber,
    int Version,
    string Status,
    string Channel,
    DateOnly ReceivedOn,
    DateOnly? ReplyDueOn,
    DateOnly? ReplyDueOnEstimate,
    int? WorkingDaysLeft,
    int? CountedWorkingDays,
    DateOnly? DelayedTo,
    string Clock,
    string? ClockUnavailable,
    string? Assignee,
    string? RegisteredBy,
    ApplicationDetails Application,
    ClarificationRequest? Clarification,
    IReadOnlyList<Consultation> Consultations,
    ExtensionRequest? Extension,
    FeeNotice? Fee,
    DraftReply? Draft,
    Conclusion? Conclusion,
    RemedyRecord? Reconsideration,
    RemedyRecord? Litigation,
    CaseImportRecord? Import,
    IReadOnlyList<LetterDispatch> LetterDispatches)
{
    /// <param name="estimate">The due date counting weekends only, where a year's holiday notice is still missing.</param>
    /// <param name="counted">The working days of the period used up so far, paused days left out.</param>
    public static CaseView Of(CaseState s, ClockReading clock, DateOnly? estimate, int? counted) => new(
        s.Id, s.TrackingNumber, s.Version, s.Status.ToCode(), s.Channel, s.ReceivedOn,
        clock.ReplyDueOn, estimate, clock.WorkingDaysLeft, counted, s.Clock.DelayedTo, clock.State.ToString().ToLowerInvariant(), clock.Unavailable,
        s.Assignee, s.RegisteredBy, s.Application, s.Clarification, s.Consultations, s.Extension, s.Fee, s.Draft,
        s.Conclusion, s.Reconsideration, s.Litigation, s.Import, s.LetterDispatches);
}
