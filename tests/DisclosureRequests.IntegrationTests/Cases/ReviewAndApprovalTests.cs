using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ReviewAndApprovalTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);
    private static readonly object Draft = new { outcome = "disclosed", summary = "现将所申请信息提供给您。" };

    [Fact]
    public async Task Review_and_approval_return_the_draft_with_reasons_and_then_pass_it()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Draft);
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "return" }, HttpStatusCode.BadRequest);
        var returned = await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "return", comments = "第三段涉及个人信息，请删除" });
        Assert.Equal("in-progress", returned.GetProperty("status").GetString());

        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Draft);
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        var sentBack = await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "return", comments = "请补充获取方式" });
        Assert.Equal("in-progress", sentBack.GetProperty("status").GetString());

        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Draft);
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        var replied = await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });
        Assert.Equal("replied", replied.GetProperty("status").GetString());

        var history = await agency.HistoryAsync(receipt.Id);
        var returnLine = history.Single(e => e.GetProperty("type").GetString() == "legal-review-returned");
        Assert.Equal(Agency.ReviewerName, returnLine.GetProperty("actor").GetString());
        Assert.Equal("in-legal-review", returnLine.GetProperty("from").GetString());
        Assert.Equal("in-progress", returnLine.GetProperty("to").GetString());
        Assert.Equal("第三段涉及个人信息，请删除", returnLine.GetProperty("details").GetProperty("comments").GetString());
        Assert.Equal(Enumerable.Range(1, history.Length), history.Select(e => e.GetProperty("sequence").GetInt32()));
    }

    [Fact]
    public async Task The_drafter_never_reviews_and_the_approver_is_neither_drafter_nor_reviewer()
    {
        var everything = app.Client().As("allrounder@agency.gov.cn", "CaseOfficer", "LegalReviewer", "Approver");
        var receipt = await agency.FileAsync();
        await agency.ActAsync(everything, receipt.Id, "assign", new { assignee = "allrounder@agency.gov.cn" });
        await agency.ActAsync(everything, receipt.Id, "draft-reply", Draft);
        Assert.Equal("four-eyes", (await agency.ActAsync(everything, receipt.Id, "legal-review", new { decision = "approve" }, HttpStatusCode.Forbidden)).GetProperty("code").GetString());

        var reviewerApprover = app.Client().As("counsel@agency.gov.cn", "LegalReviewer", "Approver");
        await agency.ActAsync(reviewerApprover, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(reviewerApprover, receipt.Id, "approval", new { decision = "approve" }, HttpStatusCode.Forbidden);
        await agency.ActAsync(everything, receipt.Id, "approval", new { decision = "approve" }, HttpStatusCode.Forbidden);
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });
    }

    [Fact]
    public async Task Reconsideration_and_litigation_are_recorded_after_the_reply_by_an_administrator()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Administrator, receipt.Id, "reconsideration", new { result = "upheld" }, HttpStatusCode.Conflict);
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "withheld", reason = "process-information", summary = "属于过程性信息" });
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });

        await agency.ActAsync(agency.Administrator, receipt.Id, "litigation", new { route = "after-reconsideration", result = "pending" }, HttpStatusCode.Conflict);
        await agency.ActAsync(agency.Administrator, receipt.Id, "reconsideration", new { result = "corrected" });
        var recorded = await agency.ActAsync(agency.Administrator, receipt.Id, "litigation", new { route = "after-reconsideration", result = "pending" });
        Assert.Equal("corrected", recorded.GetProperty("reconsideration").GetProperty("result").GetString());
        Assert.Equal("after-reconsideration", recorded.GetProperty("litigation").GetProperty("route").GetString());
    }
}

public sealed class WithdrawalTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_withdrawn_application_is_closed_as_other_and_accepts_no_further_steps()
    {
        var receipt = await agency.FileAndAssignAsync();
        var withdrawn = await agency.ApplicantAsync(receipt, "withdrawal", new { reason = "已通过其他途径获得" });

        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        var officerView = await agency.CaseAsync(receipt.Id);
        Assert.Equal("other", officerView.GetProperty("conclusion").GetProperty("outcome").GetString());
        Assert.Equal("other", officerView.GetProperty("conclusion").GetProperty("reason").GetString());
        Assert.Equal("withdrawal-confirmation", (await agency.OutboxKindsAsync(receipt.Id)).Last());
        await agency.ApplicantAsync(receipt, "withdrawal", new { }, HttpStatusCode.Conflict);
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "disclosed", summary = "答复" }, HttpStatusCode.Conflict);
    }
}
