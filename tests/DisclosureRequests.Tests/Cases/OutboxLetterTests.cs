using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Fees;
using DisclosureRequests.Intake;

namespace DisclosureRequests.Tests.Cases;

/// <summary>What a command puts into the outbox is a record of its letter's kind: lists as lists, parts and fee lines as records.</summary>
public sealed class OutboxLetterTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Officer = Actor.Officer("officer", StaffRoles.CaseOfficer);
    private static readonly Actor Reviewer = Actor.Officer("reviewer", StaffRoles.LegalReviewer);
    private static readonly Actor Approver = Actor.Officer("head", StaffRoles.Approver);

    [Fact]
    public void A_clarification_notice_lists_each_point_to_supplement_as_an_entry_of_its_own()
    {
        var item = Letter(Assigned(), new CaseCommand.RequestClarification(["请说明文件名称", "请说明形成时间"], 10), Officer);

        var notice = Assert.IsType<ClarificationNoticeLetter>(item.Content);
        Assert.Equal(["请说明文件名称", "请说明形成时间"], notice.Items);
        Assert.Equal(10, notice.ReplyWithinWorkingDays);
        Assert.Equal(new DateOnly(2026, 3, 3), notice.RequestedOn);
        Assert.Equal(("applicant", "clarification-notice", "2026-000001"), (item.Audience, item.Kind, item.TrackingNumber));
    }

    [Fact]
    public void A_fee_notice_carries_its_lines_and_amount_as_numbers()
    {
        var item = Letter(Assigned(), new CaseCommand.IssueFeeNotice(FeeBasis.Pages, 230, 0), Officer);

        var fee = Assert.IsType<FeeNoticeLetter>(item.Content);
        Assert.Equal(("pages", 230, 3900L), (fee.Basis, fee.Units, fee.Amount));
        Assert.Equal([new FeeLine(31, 100, 10, 10, 700), new FeeLine(101, 200, 20, 20, 2000), new FeeLine(201, 230, 40, 40, 1200)], fee.Breakdown);
    }

    [Fact]
    public void A_partial_disclosure_carries_each_withheld_part_and_released_document_as_it_was_given()
    {
        var withheld = new WithheldPart[] { new("third-party-rights", "报价明细|附表"), new("process-information", "评标记录") };
        var drafted = Apply(Assigned(), new CaseCommand.Draft("partially-disclosed", null, "部分公开。", withheld, null), Officer);
        var reviewed = Apply(drafted, new CaseCommand.LegalReview(CaseCommand.Approve, null), Reviewer);

        var item = Letter(reviewed, new CaseCommand.Approval(CaseCommand.Approve, null, ["招标公告.pdf", "中标结果公示.pdf"]), Approver);

        var reply = Assert.IsType<ReplyLetter>(item.Content);
        Assert.Equal(withheld, reply.Withheld);
        Assert.Equal(["招标公告.pdf", "中标结果公示.pdf"], reply.ReleasedDocuments);
        Assert.Null(reply.Reason);
    }

    private static CaseState Assigned()
    {
        var filed = CaseFiling.Open("c0ffee00c0ffee00c0ffee00c0ffee00", "2026-000001",
            new ApplicationDetails(new Applicant("natural-person", "张三", null, null, "z@example.cn", null, null), "某文件", "electronic", "email"),
            "online", new DateOnly(2026, 3, 2), Tuesday, "hash", null, null, Calendar).State;
        return Apply(filed, new CaseCommand.Assign("officer"), Officer);
    }

    private static OutboxItem Letter(CaseState state, CaseCommand command, Actor actor) =>
        Assert.Single(Assert.IsType<CaseDecision.Accepted>(Decide(state, command, actor)).Outbox);

    private static CaseState Apply(CaseState state, CaseCommand command, Actor actor) =>
        Assert.IsType<CaseDecision.Accepted>(Decide(state, command, actor)).State;

    private static CaseDecision Decide(CaseState state, CaseCommand command, Actor actor) =>
        CaseWorkflow.Decide(state, command, new CaseContext(Calendar, Tuesday, actor, new WorkflowSettings()));
}
