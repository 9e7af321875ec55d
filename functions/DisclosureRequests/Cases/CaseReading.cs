using DisclosureRequests.Calendar;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static class CaseReading
{
    public const string AwaitingClarification = "awaiting-clarification";

    /// <summary>
    /// The reply clock as the case stands. While a clarification is awaited there is no due date: Art. 30 restarts
    /// the period from the day the clarified application arrives.
    /// </summary>
    public static ClockReading ReadClock(this CaseState state, WorkingDayCalendar calendar, DateOnly today) =>
        state.Status == CaseStatus.AwaitingClarification
            ? new ClockReading(ClockState.Paused, null, null, AwaitingClarification)
            : state.Clock.Read(calendar, today);

    /// <summary>
    /// The letters giving the applicant a time limit that are still to be served while that limit matters: the 补正
    /// notice until it is answered, the fee notice until it is paid.
    /// </summary>
    public static IReadOnlyList<string> ApplicantLettersAwaitingService(this CaseState state) =>
        new[]
        {
            state is { Status: CaseStatus.AwaitingClarification, Clarification: { AnsweredOn: null, Service.IsPending: true } c } ? c.Service.ItemId : null,
            state is { Status: CaseStatus.AwaitingFeePayment, Fee: { PaidOn: null, Service.IsPending: true } f } ? f.Service.ItemId : null,
        }.OfType<string>().ToArray();

    /// <summary>Whether <paramref name="itemId"/> is a letter whose time limit waits for it to be served: 补正, fee or consultation.</summary>
    public static bool AwaitsService(this CaseState state, string itemId) =>
        new[] { state.Clarification?.Service, state.Fee?.Service }.Concat(state.Consultations.Select(c => c.Service))
            .Any(s => s is { IsPending: true } && s.ItemId == itemId);

    /// <summary>The working days counted so far; none while a clarification is awaited, since the period will restart.</summary>
    public static int? CountWorkingDays(this CaseState state, WorkingDayCalendar calendar, DateOnly today) =>
        state.Status == CaseStatus.AwaitingClarification ? null : state.Clock.CountedWorkingDays(calendar, today);

    /// <summary>The status a case returns to while it waits for nothing but the officer: the open pause decides.</summary>
    public static CaseStatus WorkingStatus(this CaseState state) =>
        state.Fee is { PaidOn: null } && state.Status == CaseStatus.AwaitingFeePayment ? CaseStatus.AwaitingFeePayment
        : state.Consultations.Any(c => c.IsOpen && c.Kind == PauseKind.ThirdPartyConsultation) ? CaseStatus.AwaitingThirdParty
        : state.Consultations.Any(c => c.IsOpen && c.Kind == PauseKind.OtherAgencyConsultation) ? CaseStatus.AwaitingOtherAgency
        : CaseStatus.InProgress;
}
