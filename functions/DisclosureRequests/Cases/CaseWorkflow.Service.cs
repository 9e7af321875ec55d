using System.Net.Mail;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// The service of the change's next letter, to the applicant: e-mailed, it is served the day it is issued;
    /// otherwise it goes on paper, or waits until the address is confirmed, and is served later.
    /// </summary>
    private static LetterService ServiceFor(CaseState state, CaseChange change, CaseContext context) =>
        new(change.NextItemId, HasConfirmedEmail(state) ? context.Today : null);

    private static bool HasEmailAddress(string? email) => !string.IsNullOrWhiteSpace(email) && MailAddress.TryCreate(email.Trim(), out _);

    /// <summary>
    /// The letter <paramref name="itemId"/> reached its recipient on <paramref name="on"/>: a time limit it set now runs
    /// from that day. A letter already served keeps the first day.
    /// </summary>
    private static CaseState Served(CaseState state, string itemId, DateOnly on, CaseContext context)
    {
        bool Awaits(LetterService? service) => service is { IsPending: true } && service.ItemId == itemId;
        DateOnly? Due(int workingDays) => CaseClock.KnownResponseDueOn(context.Calendar, on, workingDays);
        return state with
        {
            Clarification = state.Clarification is { } clarification && Awaits(clarification.Service)
                ? clarification with
                {
                    Service = clarification.Service! with { ServedOn = on },
                    ReplyBy = Due(clarification.ReplyWithinWorkingDays ?? StatutoryPeriods.DefaultClarificationReplyWorkingDays),
                }
                : state.Clarification,
            Fee = state.Fee is { } fee && Awaits(fee.Service)
                ? fee with { Service = fee.Service! with { ServedOn = on }, PayBy = Due(StatutoryPeriods.FeePaymentWorkingDays) }
                : state.Fee,
            Consultations = [.. state.Consultations.Select(c => Awaits(c.Service)
                ? c with { Service = c.Service! with { ServedOn = on }, RespondBy = Due(c.ResponseWorkingDays) }
                : c)],
        };
    }

    /// <summary>
    /// The e-mail carrying the letter <paramref name="itemId"/> could not be delivered, so it was never served: a time
    /// limit it set, and that is still running, waits again for the letter to be served another way.
    /// </summary>
    private static CaseState Unserved(CaseState state, string itemId)
    {
        bool Served(LetterService? service) => service is { IsPending: false } && service.ItemId == itemId;
        return state with
        {
            Clarification = state.Clarification is { AnsweredOn: null } clarification && Served(clarification.Service)
                ? clarification with { Service = clarification.Service! with { ServedOn = null }, ReplyBy = null }
                : state.Clarification,
            Fee = state.Fee is { PaidOn: null } fee && Served(fee.Service)
                ? fee with { Service = fee.Service! with { ServedOn = null }, PayBy = null }
                : state.Fee,
            Consultations = [.. state.Consultations.Select(c => c.IsOpen && Served(c.Service)
                ? c with { Service = c.Service! with { ServedOn = null }, RespondBy = null }
                : c)],
        };
    }

    /// <summary>The letters held for the applicant's e-mail address go out the day it is confirmed, and are served then.</summary>
    private static CaseState ServedByConfirmedEmail(CaseState state, CaseContext context) =>
        state.ApplicantLettersAwaitingService().Aggregate(state, (served, itemId) => Served(served, itemId, context.Today, context));

    /// <summary>
    /// The applicant opened, with the access code only they hold, a page showing a letter still to be served: it has
    /// reached them through the agency's own application system, and its time limit runs from today.
    /// </summary>
    private static CaseDecision RecordOnlineReading(CaseState state, CaseCommand.RecordOnlineReading command, CaseContext context)
    {
        if (!context.Actor.IsApplicant) return Forbidden("applicant-only", "只有申请人本人查阅文书才视为送达。", "Only the applicant's own reading serves a letter.");
        var read = state.ApplicantLettersAwaitingService().Where(command.Letters.ContainsKey).ToArray();
        if (read.Length == 0) return NotNow("nothing-to-serve", "没有待送达的文书。", "No letter read here awaited service.");

        var change = new CaseChange(state, context);
        foreach (var itemId in read)
            change.Set(s => Served(s, itemId, context.Today, context))
                .Record("letter-read-online", new() { ["letter"] = command.Letters[itemId], ["itemId"] = itemId, ["on"] = Dates.Format(context.Today) });
        return change.Done();
    }
}
