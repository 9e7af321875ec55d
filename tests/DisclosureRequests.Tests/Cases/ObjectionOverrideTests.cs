using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

/// <summary>Art. 32: disclosing over a third party's reasoned objection takes reasons, and the third party is told them in writing.</summary>
public sealed class ObjectionOverrideTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Officer = Actor.Officer("officer", StaffRoles.CaseOfficer);
    private static readonly Actor Reviewer = Actor.Officer("reviewer", StaffRoles.LegalReviewer);
    private static readonly Actor Approver = Actor.Officer("head", StaffRoles.Approver);
    private const string PublicInterest = "中标价格属于财政资金使用情况，不公开可能对公共利益造成重大影响。";

    private static CaseDecision Decide(CaseState state, CaseCommand command, Actor actor) =>
        CaseWorkflow.Decide(state, command, new CaseContext(Calendar, Monday.AddDays(21), actor, new WorkflowSettings()));

    private static CaseState Apply(CaseState state, CaseCommand command, Actor actor) =>
        Assert.IsType<CaseDecision.Accepted>(Decide(state, command, actor)).State;

    /// <summary>Two third parties consulted: c1 objected with reasons, c2 consented.</summary>
    private static CaseState Consulted()
    {
        var filed = CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
            new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), "道路养护工程中标结果", "electronic", "email"),
            "online", new DateOnly(2026, 3, 2), Monday, "hash", null, null, Calendar).State;
        var consulting = Apply(Apply(filed, new CaseCommand.Assign("officer"), Officer),
            new CaseCommand.ConsultThirdParties([new Party("某建设公司", "legal@builder.example.cn", "某区建设路1号"), new Party("某监理公司", "a@b.cn", null)]), Officer);
        var objected = Apply(consulting, new CaseCommand.RecordConsultationResponse("c1", Consultation.Objection, "涉及商业秘密"), Officer);
        return Apply(objected, new CaseCommand.RecordConsultationResponse("c2", Consultation.Consent, null), Officer);
    }

    private static CaseCommand.Draft Disclose(params ObjectionOverride[] overrides) =>
        new("disclosed", null, "现将所申请信息提供给您。", [], null, OverriddenObjections: overrides);

    private static CaseDecision.Refused Refused(CaseState state, CaseCommand command) =>
        Assert.IsType<CaseDecision.Refused>(Decide(state, command, Officer));

    [Fact]
    public void A_full_disclosure_over_a_reasoned_objection_is_refused_without_reasons_naming_the_party()
    {
        var refusal = Refused(Consulted(), Disclose());
        Assert.Equal("overriddenObjections", refusal.Code);
        Assert.Contains("某建设公司", refusal.ChineseDetail);
        Assert.DoesNotContain("某监理公司", refusal.ChineseDetail);
        Assert.Contains("第三十二条", refusal.ChineseDetail);
    }

    [Fact]
    public void Reasons_must_name_an_objecting_third_party_once_and_say_something()
    {
        var consulted = Consulted();
        Assert.Equal("overriddenObjections", Refused(consulted, Disclose(new ObjectionOverride("c2", PublicInterest))).Code);
        Assert.Equal("overriddenObjections", Refused(consulted, Disclose(new ObjectionOverride("c9", PublicInterest))).Code);
        Assert.Equal("请写明决定公开所针对的征求意见编号。", Refused(consulted, Disclose(new ObjectionOverride(null!, PublicInterest))).ChineseDetail);
        Assert.Equal("overriddenObjections", Refused(consulted, Disclose(new ObjectionOverride("c1", "  "))).Code);
        Assert.Equal("overriddenObjections", Refused(consulted, Disclose(new ObjectionOverride("c1", new string('理', ObjectionOverride.MaxReasonsLength + 1)))).Code);
        Assert.Equal("overriddenObjections", Refused(consulted, Disclose(new ObjectionOverride("c1", PublicInterest), new ObjectionOverride("c1", PublicInterest))).Code);
    }

    [Fact]
    public void Only_a_reply_that_discloses_may_override_an_objection()
    {
        var withheld = new CaseCommand.Draft("withheld", "third-party-rights", "经审查，不予公开。", [], null,
            OverriddenObjections: [new ObjectionOverride("c1", PublicInterest)]);
        Assert.Equal("overriddenObjections", Refused(Consulted(), withheld).Code);
    }

    [Fact]
    public void A_partial_disclosure_may_withhold_the_objecting_party_s_part_instead()
    {
        var partial = new CaseCommand.Draft("partially-disclosed", null, "现将可以公开的部分提供给您。",
            [new WithheldPart("third-party-rights", "投标报价明细")], null);
        var drafted = Apply(Consulted(), partial, Officer);
        Assert.Empty(drafted.Draft!.OverriddenObjections!);
    }

    [Fact]
    public void The_approved_reply_tells_the_overridden_third_party_what_is_disclosed_and_why_and_no_one_else()
    {
        var drafted = Apply(Consulted(), Disclose(new ObjectionOverride("c1", "  " + PublicInterest + "\n")), Officer);
        Assert.Equal(PublicInterest, Assert.Single(drafted.Draft!.OverriddenObjections!).Reasons);
        var reviewed = Apply(drafted, new CaseCommand.LegalReview(CaseCommand.Approve, null), Reviewer);
        var approved = Assert.IsType<CaseDecision.Accepted>(Decide(reviewed, new CaseCommand.Approval(CaseCommand.Approve, null), Approver));

        Assert.Equal(["applicant", "third-party"], approved.Outbox.Select(i => i.Audience));
        var letter = Assert.IsType<ThirdPartyDisclosureDecisionLetter>(approved.Outbox[1].Content);
        Assert.Equal(("c1", "某建设公司", "legal@builder.example.cn", "道路养护工程中标结果", PublicInterest),
            (letter.ConsultationId, letter.PartyName, letter.PartyEmail, letter.InformationDescription, letter.Reasons));
        Assert.Equal(new DateOnly(2026, 3, 23), letter.SentOn);
        Assert.Equal(new DateOnly(2026, 3, 23), letter.ConsultedOn);
        var told = Assert.Single(approved.Events, e => e.Type == "third-party-told-of-disclosure");
        Assert.Equal("某建设公司", told.Details["party"]);
    }

    [Fact]
    public void Information_already_public_needs_no_override()
    {
        var alreadyPublic = new CaseCommand.Draft("disclosed", "already-public", "该信息已经主动公开。", [], null, AccessRoute: "本局门户网站");
        Assert.IsType<CaseDecision.Accepted>(Decide(Consulted(), alreadyPublic, Officer));
    }
}
