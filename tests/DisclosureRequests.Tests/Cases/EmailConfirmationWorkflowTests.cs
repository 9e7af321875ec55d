using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

public sealed class EmailConfirmationWorkflowTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private static CaseState AwaitingConfirmation() => CaseFiling.Open(
        "c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
        new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), "某文件", "electronic", "email"),
        "online", new DateOnly(2026, 3, 2), Monday, "hash", null, null, Calendar).State with
    { EmailConfirmationPending = true };

    private static CaseDecision Decide(CaseState state, Actor actor) =>
        CaseWorkflow.Decide(state, new CaseCommand.ConfirmApplicantEmail(), new CaseContext(Calendar, Monday, actor, new WorkflowSettings()));

    [Fact]
    public void The_applicant_confirming_the_address_is_recorded_and_lifts_the_hold()
    {
        var accepted = Assert.IsType<CaseDecision.Accepted>(Decide(AwaitingConfirmation(), Actor.Applicant));
        Assert.False(accepted.State.EmailConfirmationPending);
        Assert.Equal("applicant-email-confirmed", Assert.Single(accepted.Events).Type);
        Assert.Empty(accepted.Outbox);
    }

    [Fact]
    public void A_closed_case_still_lets_the_applicant_confirm_so_its_letters_can_go()
    {
        var withdrawn = AwaitingConfirmation() with { Status = CaseStatus.Withdrawn };
        Assert.IsType<CaseDecision.Accepted>(Decide(withdrawn, Actor.Applicant));
    }

    [Fact]
    public void Staff_cannot_confirm_an_applicants_address()
    {
        var refused = Assert.IsType<CaseDecision.Refused>(Decide(AwaitingConfirmation(), Actor.Officer("officer", StaffRoles.CaseOfficer)));
        Assert.Equal(RefusalKind.Forbidden, refused.Kind);
    }

    [Fact]
    public void An_address_that_needs_no_confirmation_is_not_confirmed_again()
    {
        var refused = Assert.IsType<CaseDecision.Refused>(Decide(AwaitingConfirmation() with { EmailConfirmationPending = false }, Actor.Applicant));
        Assert.Equal("email-not-pending", refused.Code);
    }
}
