using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Clock;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

/// <summary>Art. 17: information the agency cannot tell may be disclosed goes to the competent department or the secrecy administration.</summary>
public sealed class SecrecyReviewConsultationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Officer = Actor.Officer("officer", StaffRoles.CaseOfficer);
    private static readonly Party SecrecyBureau = new("某市国家保密局", null, "某市某区人民路8号");

    private static CaseDecision Decide(CaseState state, CaseCommand command) =>
        CaseWorkflow.Decide(state, command, new CaseContext(Calendar, Monday, Officer, new WorkflowSettings()));

    private static CaseState Assigned()
    {
        var filed = CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
            new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), "施工图纸", "electronic", "email"),
            "online", new DateOnly(2026, 3, 2), Monday, "hash", null, null, Calendar).State;
        return Assert.IsType<CaseDecision.Accepted>(Decide(filed, new CaseCommand.Assign("officer"))).State;
    }

    [Fact]
    public void A_secrecy_review_pauses_the_clock_like_any_consultation_and_its_letter_asks_for_a_determination()
    {
        var referred = Assert.IsType<CaseDecision.Accepted>(Decide(Assigned(), new CaseCommand.ConsultOtherAgencies([SecrecyBureau], Consultation.SecrecyReview)));

        var consultation = Assert.Single(referred.State.Consultations);
        Assert.Equal((PauseKind.OtherAgencyConsultation, Consultation.SecrecyReview), (consultation.Kind, consultation.Purpose));
        Assert.Equal(CaseStatus.AwaitingOtherAgency, referred.State.Status);
        var letter = Assert.IsType<OtherAgencyConsultationLetter>(Assert.Single(referred.Outbox).Content);
        Assert.Equal(Consultation.SecrecyReview, letter.Purpose);
        Assert.Equal(Consultation.SecrecyReview, Assert.Single(referred.Events).Details["purpose"]);
    }

    [Fact]
    public void An_agency_consulted_without_a_purpose_is_one_that_made_the_information_with_us()
    {
        var consulted = Assert.IsType<CaseDecision.Accepted>(Decide(Assigned(), new CaseCommand.ConsultOtherAgencies([SecrecyBureau])));
        Assert.Null(Assert.Single(consulted.State.Consultations).Purpose);
        Assert.Null(Assert.IsType<OtherAgencyConsultationLetter>(Assert.Single(consulted.Outbox).Content).Purpose);
    }

    [Theory]
    [InlineData("joint-producer")]
    [InlineData("SECRECY-REVIEW")]
    public void An_unknown_purpose_is_refused(string purpose) =>
        Assert.Equal("purpose", Assert.IsType<CaseDecision.Refused>(Decide(Assigned(), new CaseCommand.ConsultOtherAgencies([SecrecyBureau], purpose))).Code);

    [Fact]
    public void A_third_party_is_never_asked_for_a_secrecy_determination() =>
        Assert.Equal("purpose", Assert.IsType<CaseDecision.Refused>(
            Decide(Assigned(), new CaseCommand.ConsultThirdParties([new Party("某公司", "a@b.cn", null)], Consultation.SecrecyReview))).Code);
}
