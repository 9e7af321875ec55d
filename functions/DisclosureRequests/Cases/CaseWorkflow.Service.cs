using System.Net.Mail;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// The service of the change's next letter, to the applicant: e-mailed, it is served the day it is issued;
    /// otherwise it goes on paper, or waits until the address is confirmed, and is served later.
    /// </summary>
    private static LetterService ServiceFor(CaseState state, CaseChange change, CaseContext context)
    {
        var byEmail = HasConfirmedEmail(state);
        return new(change.NextItemId, byEmail ? context.Today : null, byEmail);
    }

    private static bool HasEmailAddress(string? email) => !string.IsNullOrWhiteSpace(email) && MailAddress.TryCreate(email.Trim(), out _);

    /// <summary>
    /// The letter <paramref name="itemId"/> reached its recipient on <paramref name="on"/>: a time limit it set now runs
    /// from that day. A letter already served keeps the first day.
    /// </summary>
    private static CaseState Served(CaseState state, string itemId, DateOnly on, CaseContext context, bool byEmail = false) =>
        SetService(state, on, context, service => service is { IsPending: true } && service.ItemId == itemId, byEmail, runningOnly: false);

    /// <summary>
    /// Sets the service day of the letters <paramref name="applies"/> picks, and the time limit each gives from that
    /// day; with <paramref name="runningOnly"/>, only of limits still running (not answered, paid or closed).
    /// </summary>
    private static CaseState SetService(CaseState state, DateOnly on, CaseContext context, Func<LetterService?, bool> applies, bool byEmail, bool runningOnly)
    {
        DateOnly? Due(int workingDays) => CaseClock.KnownResponseDueOn(context.Calendar, on, workingDays);
        return state with
        {
            Clarification = state.Clarification is { } clarification && (!runningOnly || clarification.AnsweredOn is null) && applies(clarification.Service)
                ? clarification with
                {
                    Service = clarification.Service! with { ServedOn = on, ByEmail = byEmail },
                    ReplyBy = Due(clarification.ReplyWithinWorkingDays ?? StatutoryPeriods.DefaultClarificationReplyWorkingDays),
                }
                : state.Clarification,
            Fee = state.Fee is { } fee && (!runningOnly || fee.PaidOn is null) && applies(fee.Service)
                ? fee with { Service = fee.Service! with { ServedOn = on, ByEmail = byEmail }, PayBy = Due(StatutoryPeriods.FeePaymentWorkingDays) }
                : state.Fee,
            Consultations = [.. state.Consultations.Select(c => (!runningOnly || c.IsOpen) && applies(c.Service)
                ? c with { Service = c.Service! with { ServedOn = on, ByEmail = byEmail }, RespondBy = Due(c.ResponseWorkingDays) }
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
                ? clarification with { Service = clarification.Service! with { ServedOn = null, ByEmail = false }, ReplyBy = null }
                : state.Clarification,
            Fee = state.Fee is { PaidOn: null } fee && Served(fee.Service)
                ? fee with { Service = fee.Service! with { ServedOn = null, ByEmail = false }, PayBy = null }
                : state.Fee,
            Consultations = [.. state.Consultations.Select(c => c.IsOpen && Served(c.Service)
                ? c with { Service = c.Service! with { ServedOn = null, ByEmail = false }, RespondBy = null }
                : c)],
        };
    }

    /// <summary>The letters held for the applicant's e-mail address go out the day it is confirmed, and are served then.</summary>
    private static CaseState ServedByConfirmedEmail(CaseState state, CaseContext context) =>
        state.ApplicantLettersAwaitingService().Aggregate(state, (served, itemId) => Served(served, itemId, context.Today, context, byEmail: true));

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

    /// <summary>
    /// An e-mail counted as served the day it was to go out went out only on a later day: what it sets its recipient
    /// runs from the day it reached them. Later, never earlier, so no recipient loses a day to the agency's mail.
    /// </summary>
    private static CaseDecision RecordEmailSent(CaseState state, CaseCommand.RecordEmailSent command, CaseContext context)
    {
        if (!context.Actor.IsSystem) return Forbidden("system-only", "只有邮件发送程序可以登记邮件的发出日期。", "Only the mail dispatcher records when an e-mail went out.");
        if (!CountsFromBeforeItsEmail(state, command.ItemId, command.On))
            return NotNow("nothing-to-serve", "没有需要改按邮件发出之日计算期限的文书。", "No running time limit counts from an earlier day than this e-mail went out.");

        return new CaseChange(state, context)
            .Set(s => SetService(s, command.On, context, service => EmailedBefore(service, command.ItemId, command.On), byEmail: true, runningOnly: true))
            .Record("letter-emailed-late", new() { ["letter"] = command.Title, ["itemId"] = command.ItemId, ["on"] = Dates.Format(command.On) })
            .Done();
    }

    /// <summary>Whether the letter <paramref name="itemId"/> sets a limit, still running, counted from the day its e-mail was to go out, before <paramref name="sentOn"/>.</summary>
    public static bool CountsFromBeforeItsEmail(CaseState state, string itemId, DateOnly sentOn) =>
        (state.Clarification is { AnsweredOn: null } clarification && EmailedBefore(clarification.Service, itemId, sentOn))
        || (state.Fee is { PaidOn: null } fee && EmailedBefore(fee.Service, itemId, sentOn))
        || state.Consultations.Any(consultation => consultation.IsOpen && EmailedBefore(consultation.Service, itemId, sentOn));

    private static bool EmailedBefore(LetterService? service, string itemId, DateOnly sentOn) =>
        service is { ByEmail: true, ServedOn: { } servedOn } && service.ItemId == itemId && servedOn < sentOn;
}
