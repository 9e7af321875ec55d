using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

/// <summary>A consulted party is asked about the information that concerns it, which the officer may name more narrowly than the request.</summary>
public sealed class ConsultationInformationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Officer = Actor.Officer("officer", StaffRoles.CaseOfficer);
    private const string Request = "2025年本市道路养护工程的全部招标投标文件";
    private const string Narrower = "某建设公司投标文件中的报价明细";

    private static CaseDecision Decide(CaseState state, CaseCommand command, Actor? actor = null) =>
        CaseWorkflow.Decide(state, command, new CaseContext(Calendar, Monday, actor ?? Officer, new WorkflowSettings()));

    private static CaseState Apply(CaseState state, CaseCommand command, Actor? actor = null) =>
        Assert.IsType<CaseDecision.Accepted>(Decide(state, command, actor)).State;

    private static CaseState Assigned() => Apply(CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
        new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), Request, "electronic", "email"),
        "online", new DateOnly(2026, 3, 2), Monday, "hash", null, null, Calendar).State, new CaseCommand.Assign("officer"));

    private static ConsultationLetter LetterOf(CaseDecision decision) =>
        Assert.IsAssignableFrom<ConsultationLetter>(Assert.IsType<CaseDecision.Accepted>(decision).Outbox.Last().Content);

    [Fact]
    public void The_letter_names_the_information_the_officer_gave_and_otherwise_quotes_the_request()
    {
        var party = new Party("某建设公司", "a@b.cn", null);
        var narrowed = Decide(Assigned(), new CaseCommand.ConsultThirdParties([party], Information: $"  {Narrower} "));
        Assert.Equal(Narrower, LetterOf(narrowed).InformationDescription);
        Assert.Equal(Narrower, Assert.Single(Assert.IsType<CaseDecision.Accepted>(narrowed).Events).Details["information"]);
        Assert.Equal(Request, LetterOf(Decide(Assigned(), new CaseCommand.ConsultThirdParties([party]))).InformationDescription);
        Assert.Equal(Narrower, LetterOf(Decide(Assigned(), new CaseCommand.ConsultOtherAgencies([party], Information: Narrower))).InformationDescription);
    }

    [Fact]
    public void Information_longer_than_the_limit_is_refused() =>
        Assert.Equal("information", Assert.IsType<CaseDecision.Refused>(Decide(Assigned(),
            new CaseCommand.ConsultThirdParties([new Party("某公司", "a@b.cn", null)], Information: new string('信', Consultation.MaxInformationLength + 1)))).Code);

    [Fact]
    public void Disclosing_over_the_party_s_objection_tells_it_about_the_information_it_was_asked_about()
    {
        var consulted = Apply(Assigned(), new CaseCommand.ConsultThirdParties([new Party("某建设公司", "a@b.cn", null)], Information: Narrower));
        var objected = Apply(consulted, new CaseCommand.RecordConsultationResponse("c1", Consultation.Objection, "商业秘密"));
        var drafted = Apply(objected, new CaseCommand.Draft("disclosed", null, "现予公开。", [], null,
            OverriddenObjections: [new ObjectionOverride("c1", "不公开可能对公共利益造成重大影响。")]));
        var reviewed = Apply(drafted, new CaseCommand.LegalReview(CaseCommand.Approve, null), Actor.Officer("reviewer", StaffRoles.LegalReviewer));

        var approved = Decide(reviewed, new CaseCommand.Approval(CaseCommand.Approve, null), Actor.Officer("head", StaffRoles.Approver));

        Assert.Equal(Narrower, Assert.IsType<ThirdPartyDisclosureDecisionLetter>(LetterOf(approved)).InformationDescription);
    }
}
