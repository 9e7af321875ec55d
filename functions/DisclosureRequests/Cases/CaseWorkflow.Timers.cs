using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;

namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// Fires every timer due by now, earliest first, in one change. Of several reply reminders due at once (after
    /// downtime, or a case registered late) only the most urgent is sent.
    /// </summary>
    private static CaseDecision FireDueTimers(CaseState state, CaseContext context)
    {
        if (!context.Actor.IsSystem) return Forbidden("system-only", "期限提醒由系统自动处理。", "Timers are fired by the deadline sweep.");
        if (CaseTimers.Due(state, context.Calendar, context.Now).Count == 0) return NotNow("nothing-due", "没有到期的期限事项。", "No timer is due.");

        var change = new CaseChange(state, context);
        while (CaseTimers.Due(change.State, context.Calendar, context.Now) is [var timer, ..] due)
        {
            change.Set(s => s with { FiredTimers = [.. s.FiredTimers, timer.Id] });
            if (timer.Kind == TimerKind.ReplyReminder && due.Any(t => t.Kind == TimerKind.ReplyReminder && t.WorkingDaysLeft < timer.WorkingDaysLeft))
                continue;
            Fire(change, timer, context);
        }
        return change.Done();
    }

    private static void Fire(CaseChange change, CaseTimer timer, CaseContext context)
    {
        var state = change.State;
        switch (timer.Kind)
        {
            case TimerKind.ClarificationWindowReminder:
                var lastDay = CaseClock.ClarificationNoticeDueOn(context.Calendar, state.ReceivedOn);
                change.Record("clarification-window-reminder", new() { ["clarificationNoticeDueOn"] = Dates.Format(lastDay) })
                    .Send("case-officers", new ClarificationWindowReminderMail(state.Assignee is { } assignee ? [assignee] : [], lastDay));
                break;
            case TimerKind.ReplyReminder:
                var reading = state.ReadClock(context.Calendar, context.Today);
                change.Record("reply-reminder", new() { ["workingDaysLeft"] = timer.WorkingDaysLeft.ToString() })
                    .Send(Holder(state), new OfficerReminderMail(
                        Holder(state) == "assignee" ? [state.Assignee!] : [], reading.ReplyDueOn, reading.WorkingDaysLeft ?? timer.WorkingDaysLeft, state.Status.ToCode()));
                break;
            case TimerKind.OverdueEscalation:
                var overdue = state.ReadClock(context.Calendar, context.Today);
                change.Record("overdue-escalated", new() { ["replyDueOn"] = Dates.Format(overdue.ReplyDueOn) })
                    .Send("approvers", new OverdueEscalationMail([], overdue.ReplyDueOn, -(overdue.WorkingDaysLeft ?? 0), state.Assignee));
                break;
            case TimerKind.ClarificationLapse:
                Lapse(change, "clarification-lapsed", context);
                break;
            case TimerKind.FeeLapse:
                Lapse(change, "fee-unpaid", context);
                break;
            case TimerKind.ConsultationSilence:
                var consultation = state.Consultations.Single(c => c.Id == timer.ConsultationId);
                // Art. 34: an agency's silence is consent. Art. 32: a third party's silence leaves the decision to us.
                change.Set(s => WithResponse(s, consultation, Consultation.Silent, null, context.Today))
                    .Record("consultation-period-expired", new() { ["consultationId"] = consultation.Id, ["party"] = consultation.Party.Name });
                break;
        }
    }

    /// <summary>Who holds the case now: the legal reviewers while in review, the approvers while awaiting approval, else its officer.</summary>
    private static string Holder(CaseState state) => state.Status switch
    {
        CaseStatus.InLegalReview => "legal-reviewers",
        CaseStatus.AwaitingApproval => "approvers",
        _ => state.Assignee is null ? "case-officers" : "assignee",
    };

    /// <summary>Art. 30 and the fee Measures: a missed deadline is treated as abandonment, （六）1 or （六）2.</summary>
    private static void Lapse(CaseChange change, string reason, CaseContext context) =>
        change.Set(s => s with
        {
            Status = CaseStatus.Lapsed,
            Conclusion = new Conclusion("other", reason, context.Today),
            Clock = s.Clock.Stop(Max(context.Today, s.Clock.PeriodStartsOn)),
        })
            .Record("lapsed", new() { ["reason"] = reason })
            .Send("applicant", new LapseNoticeLetter(reason, context.Today));
}
