using DisclosureRequests.Cases;
using DisclosureRequests.Clock;
using DisclosureRequests.Core.Notifications;

namespace DisclosureRequests.Core.Intake;

/// <summary>
/// The processing fee the agency asked for (Art. 42): the amount in yuan, how to pay, the last day, and the day it was
/// paid. <see cref="PayBy"/> is null while the notice is not yet served or the last day's year is not yet published;
/// the applicant then has <see cref="PayWithinWorkingDays"/> working days from the day after receiving it.
/// </summary>
public sealed record ApplicantFee(
    long Amount, DateOnly NoticeOn, DateOnly? PayBy, DateOnly? PaidOn, int PayWithinWorkingDays, string PaymentInstructions, string? LetterId)
{
    public static ApplicantFee? Of(CaseState state, AgencyProfile agency) => state.Fee is { } fee
        ? new(fee.Quote.Amount, fee.NoticeOn, fee.PayBy, fee.PaidOn, StatutoryPeriods.FeePaymentWorkingDays, agency.FeePaymentInstructions, fee.Service?.ItemId)
        : null;
}
