using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;
using DisclosureRequests.Fees;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>Art. 42 and 国办函〔2020〕109号: a fee only beyond the free allowance, stated by basis, rate and amount.</summary>
    private static CaseDecision IssueFeeNotice(CaseState state, CaseCommand.IssueFeeNotice command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer) ?? RequiresStatus(state, CaseStatus.InProgress)) is { } refused) return refused;
        if (state.Fee is not null) return NotNow("fee-already-noticed", "同一申请只能发出一次收费通知。", "An application gets one fee notice.");
        if (command.Units is < 1 or > FeeSchedule.MaxUnits) return Invalid("units", $"件数或页数应为1至{FeeSchedule.MaxUnits}。", $"Count between 1 and {FeeSchedule.MaxUnits} items or pages.");
        if (command.PriorItemsThisMonth is < 0 or > FeeSchedule.MaxUnits) return Invalid("priorItemsThisMonth", $"本月此前的件数应为0至{FeeSchedule.MaxUnits}。", $"The month's earlier items must be between 0 and {FeeSchedule.MaxUnits}.");
        var quote = command.Basis == FeeBasis.Items
            ? FeeSchedule.ByItems(command.PriorItemsThisMonth, command.Units)
            : FeeSchedule.ByPages(command.Units);
        if (quote.Amount == 0) return Invalid("units", "未超过免费额度，不得收费。", "This is within the free allowance; no fee may be charged.");
        // Counted from the day after the notice is received: by e-mail, the day it is sent; on paper, once served.
        var change = new CaseChange(state, context);
        var service = ServiceFor(state, change, context);
        var payBy = service.ServedOn is { } servedOn ? CaseClock.KnownResponseDueOn(context.Calendar, servedOn, StatutoryPeriods.FeePaymentWorkingDays) : null;

        return change
            .Set(s => s with
            {
                Status = CaseStatus.AwaitingFeePayment,
                Fee = new FeeNotice(quote, context.Today, payBy, context.Actor.Id, Service: service),
                Clock = context.Settings.FeeNoticePausesReplyPeriod ? s.Clock.Pause(PauseKind.FeePayment, context.Today) : s.Clock,
            })
            .Record("fee-notice-issued", new() { ["amount"] = quote.Amount.ToString(), ["payBy"] = Dates.Format(payBy) })
            .Send("applicant", new FeeNoticeLetter(
                quote.Basis == FeeBasis.Items ? "items" : "pages", quote.Units, quote.PriorItemsThisMonth, quote.Amount, quote.Lines, context.Today, payBy))
            .Done();
    }

    private static CaseDecision RecordFeePayment(CaseState state, CaseCommand.RecordFeePayment command, CaseContext context)
    {
        if ((Requires(context, StaffRoles.CaseOfficer) ?? RequiresStatus(state, CaseStatus.AwaitingFeePayment)) is { } refused) return refused;
        var fee = state.Fee!;
        if (command.Amount != fee.Quote.Amount) return Invalid("amount", $"收费通知载明的金额为{fee.Quote.Amount}元。", $"The notice asked for {fee.Quote.Amount} yuan.");

        return new CaseChange(state, context)
            .Set(s =>
            {
                var paid = s with
                {
                    Fee = fee with { PaidOn = context.Today },
                    Clock = s.Clock.Pauses.Any(p => p.Kind == PauseKind.FeePayment && p.EndedOn is null)
                        ? s.Clock.Resume(PauseKind.FeePayment, context.Today)
                        : s.Clock,
                    Status = CaseStatus.InProgress,
                };
                return paid with { Status = paid.WorkingStatus() };
            })
            .Record("fee-paid", new() { ["amount"] = command.Amount.ToString() })
            .Done();
    }
}
