using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

public sealed class CaseWorkflowTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Officer = Actor.Officer("officer", StaffRoles.CaseOfficer);

    private static CaseState Filed() => CaseFiling.Open(
        "c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
        new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), "某文件", "electronic", "email"),
        "online", new DateOnly(2026, 3, 2), Monday, "hash", null, null, Calendar).State;

    private static CaseDecision Decide(CaseState state, CaseCommand command, Actor actor, DateTimeOffset? at = null) =>
        CaseWorkflow.Decide(state, command, new CaseContext(Calendar, at ?? Monday, actor, new WorkflowSettings()));

    private static CaseState Apply(CaseState state, CaseCommand command, Actor actor, DateTimeOffset? at = null) =>
        Assert.IsType<CaseDecision.Accepted>(Decide(state, command, actor, at)).State;

    [Fact]
    public void Filing_acknowledges_receipt_with_the_reply_due_date()
    {
        var opened = CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
            new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), "某文件", "electronic", "email"),
            "online", new DateOnly(2026, 3, 2), Monday, "hash", null, null, Calendar);
        var acknowledgement = Assert.Single(opened.Outbox);
        Assert.Equal("acknowledgement", acknowledgement.Kind);
        Assert.Equal(new DateOnly(2026, 3, 30), Assert.IsType<AcknowledgementLetter>(acknowledgement.Content).ReplyDueOn);
        Assert.Equal("2026-000001", acknowledgement.TrackingNumber);
    }

    [Fact]
    public void Every_accepted_command_moves_the_version_by_one_and_numbers_its_events_on()
    {
        var state = Filed();
        var decision = Assert.IsType<CaseDecision.Accepted>(Decide(state, new CaseCommand.Assign("officer"), Officer));
        Assert.Equal(state.Version + 1, decision.State.Version);
        Assert.Equal(state.LastEventSequence + 1, Assert.Single(decision.Events).Sequence);
        Assert.Equal(CaseStatus.Received, decision.Events[0].From);
        Assert.Equal(CaseStatus.InProgress, decision.Events[0].To);
    }

    [Fact]
    public void A_role_the_step_does_not_belong_to_is_refused_as_forbidden()
    {
        var reviewer = Actor.Officer("reviewer", StaffRoles.LegalReviewer);
        var refusal = Assert.IsType<CaseDecision.Refused>(Decide(Filed(), new CaseCommand.Assign("x"), reviewer));
        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
    }

    [Fact]
    public void The_armed_timers_follow_the_state()
    {
        var received = Filed();
        Assert.Equal(["clarification-window-reminder", "reply-reminder-5@2026-03-30", "reply-reminder-2@2026-03-30", "reply-reminder-1@2026-03-30", "overdue@2026-03-30"],
            CaseTimers.Armed(received, Calendar).Select(t => t.Id));

        var assigned = Apply(received, new CaseCommand.Assign("officer"), Officer);
        Assert.DoesNotContain(CaseTimers.Armed(assigned, Calendar), t => t.Kind == TimerKind.ClarificationWindowReminder);

        var consulting = Apply(assigned, new CaseCommand.ConsultThirdParties([new Party("某公司", "a@b.cn", null)]), Officer);
        var armed = CaseTimers.Armed(consulting, Calendar);
        var silence = Assert.Single(armed);
        Assert.Equal(TimerKind.ConsultationSilence, silence.Kind);
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 0, 0, 0, TimeSpan.FromHours(8)), silence.DueAt);
    }

    [Fact]
    public void Firing_due_timers_twice_fires_them_once()
    {
        var state = Apply(Filed(), new CaseCommand.Assign("officer"), Officer);
        var late = new DateTimeOffset(2026, 3, 27, 10, 0, 0, TimeSpan.FromHours(8));
        var fired = Apply(state, new CaseCommand.FireDueTimers(), Actor.System, late);
        var again = Assert.IsType<CaseDecision.Refused>(Decide(fired, new CaseCommand.FireDueTimers(), Actor.System, late));
        Assert.Equal("nothing-due", again.Code);
    }

    [Fact]
    public void A_case_whose_calendar_is_not_published_yet_still_files_and_arms_no_guessed_timer()
    {
        var december = CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee01", "2026-000002",
            new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), "某文件", "electronic", "email"),
            "online", new DateOnly(2026, 12, 15), Monday, "hash", null, null, Calendar);
        Assert.Null(Assert.IsType<AcknowledgementLetter>(december.Outbox[0].Content).ReplyDueOn);
        Assert.DoesNotContain(CaseTimers.Armed(december.State, Calendar), t => t.Kind == TimerKind.ReplyReminder);
    }
}
