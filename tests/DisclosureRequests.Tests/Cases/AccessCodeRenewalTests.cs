using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

/// <summary>A lost access code is replaced by an officer who checked the applicant's identity, or by mail to a confirmed address.</summary>
public sealed class AccessCodeRenewalTests
{
    private static readonly Actor Officer = Actor.Officer("officer", StaffRoles.CaseOfficer);
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeSpan Spacing = TimeSpan.FromMinutes(15);

    private static CaseDecision Decide(CaseState state, CaseCommand command, Actor actor, DateTimeOffset? at = null) =>
        CaseWorkflow.Decide(state, command, new CaseContext(WorkingDayCalendar.Official, at ?? MondayMorning, actor, new WorkflowSettings()));

    private static CaseState Filed(string? email, bool confirmationPending = false)
    {
        var applicant = new Applicant("natural-person", "张三", null, null, email, null, "某市某区某路1号");
        return CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
            new ApplicationDetails(applicant, "某文件", "paper", email is null ? "post" : "email"),
            "online", Monday, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)), "old-hash", null, null, WorkingDayCalendar.Official).State with
        { EmailConfirmationPending = confirmationPending };
    }

    [Fact]
    public void An_officer_replaces_the_code_recording_how_identity_was_checked_and_no_one_else_may()
    {
        var renewed = Assert.IsType<CaseDecision.Accepted>(Decide(Filed(null), new CaseCommand.ReissueAccessCode("new-hash", " 当面核验居民身份证 "), Officer));

        Assert.Equal("new-hash", renewed.State.AccessCodeHash);
        Assert.Equal("当面核验居民身份证", Assert.Single(renewed.Events).Details["identityCheck"]);
        Assert.Empty(renewed.Outbox);
        var told = Assert.IsType<CaseDecision.Accepted>(Decide(Filed("z@example.cn"), new CaseCommand.ReissueAccessCode("new-hash", "当面核验"), Officer));
        Assert.Equal(new AccessCodeReissuedMail(Monday), Assert.Single(told.Outbox).Content);
        Assert.Empty(Assert.IsType<CaseDecision.Accepted>(Decide(Filed("z@example.cn", confirmationPending: true), new CaseCommand.ReissueAccessCode("new-hash", "当面核验"), Officer)).Outbox);
        Assert.IsType<CaseDecision.Refused>(Decide(Filed(null), new CaseCommand.ReissueAccessCode("new-hash", "核验"), Actor.Officer("r", StaffRoles.LegalReviewer)));
        Assert.IsType<CaseDecision.Refused>(Decide(Filed(null), new CaseCommand.ReissueAccessCode("new-hash", "核验"), Actor.Applicant));
        Assert.IsType<CaseDecision.Refused>(Decide(Filed(null), new CaseCommand.ReissueAccessCode("new-hash", " "), Officer));
    }

    [Fact]
    public void By_e_mail_the_new_code_goes_to_a_confirmed_address_only()
    {
        var recovered = Assert.IsType<CaseDecision.Accepted>(Decide(Filed("z@example.cn"), new CaseCommand.RecoverAccessCodeByEmail("new-hash", "nonce", Spacing), Actor.Applicant));

        Assert.Equal("new-hash", recovered.State.AccessCodeHash);
        Assert.Equal("access-code-recovered", Assert.Single(recovered.Events).Type);
        var mail = Assert.Single(recovered.Outbox);
        Assert.Equal("applicant", mail.Audience);
        Assert.Equal(new AccessCodeRecoveryMail("nonce"), mail.Content);
        Assert.IsType<CaseDecision.Refused>(Decide(Filed("z@example.cn", confirmationPending: true), new CaseCommand.RecoverAccessCodeByEmail("new-hash", "nonce", Spacing), Actor.Applicant));
        Assert.IsType<CaseDecision.Refused>(Decide(Filed(null), new CaseCommand.RecoverAccessCodeByEmail("new-hash", "nonce", Spacing), Actor.Applicant));
        Assert.IsType<CaseDecision.Refused>(Decide(Filed("z@example.cn"), new CaseCommand.RecoverAccessCodeByEmail("new-hash", "nonce", Spacing), Officer));
    }

    [Fact]
    public void A_case_mails_a_second_new_code_only_once_the_spacing_has_passed_since_the_first()
    {
        var first = Assert.IsType<CaseDecision.Accepted>(Decide(Filed("z@example.cn"), new CaseCommand.RecoverAccessCodeByEmail("hash-1", "nonce-1", Spacing), Actor.Applicant));
        Assert.Equal(MondayMorning, first.State.AccessCodeRecoveredAt);
        var again = new CaseCommand.RecoverAccessCodeByEmail("hash-2", "nonce-2", Spacing);

        var tooSoon = Assert.IsType<CaseDecision.Refused>(Decide(first.State, again, Actor.Applicant, MondayMorning + Spacing - TimeSpan.FromSeconds(1)));
        Assert.Equal("recovered-recently", tooSoon.Code);
        var later = Assert.IsType<CaseDecision.Accepted>(Decide(first.State, again, Actor.Applicant, MondayMorning + Spacing));
        Assert.Equal("hash-2", later.State.AccessCodeHash);
        Assert.Equal(MondayMorning + Spacing, later.State.AccessCodeRecoveredAt);
    }
}
