using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ExtensionTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task An_approved_extension_moves_the_due_date_and_tells_the_applicant_a_refused_one_does_not()
    {
        var extended = await agency.FileAndAssignAsync();
        var refused = await agency.FileAndAssignAsync();
        var late = await agency.FileAndAssignAsync();

        await agency.ActAsync(agency.Officer, extended.Id, "extension-request", new { workingDays = 21, reason = "材料较多" }, HttpStatusCode.BadRequest);
        await agency.ActAsync(agency.Officer, extended.Id, "extension-request", new { workingDays = 10, reason = "需调取多个部门档案" });
        await agency.ActAsync(agency.Officer, extended.Id, "extension-approval", new { decision = "approve" }, HttpStatusCode.Forbidden);
        var approved = await agency.ActAsync(agency.Approver, extended.Id, "extension-approval", new { decision = "approve" });
        Assert.Equal("2026-04-14", approved.GetProperty("replyDueOn").GetString());
        Assert.Equal("extension-notice", (await agency.OutboxKindsAsync(extended.Id)).Last());
        await agency.ActAsync(agency.Officer, extended.Id, "extension-request", new { workingDays = 5, reason = "再次延期" }, HttpStatusCode.Conflict);

        await agency.ActAsync(agency.Officer, refused.Id, "extension-request", new { workingDays = 10, reason = "需调取档案" });
        var kept = await agency.ActAsync(agency.Approver, refused.Id, "extension-approval", new { decision = "refuse", comments = "可按期答复" });
        Assert.Equal("2026-03-30", kept.GetProperty("replyDueOn").GetString());
        Assert.DoesNotContain("extension-notice", await agency.OutboxKindsAsync(refused.Id));

        await agency.AtAsync(new DateOnly(2026, 3, 31));
        var problem = await agency.ActAsync(agency.Officer, late.Id, "extension-request", new { workingDays = 5, reason = "超期后申请" }, HttpStatusCode.Conflict);
        Assert.Equal("period-expired", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_officer_who_asked_for_an_extension_cannot_approve_it()
    {
        var receipt = await agency.FileAndAssignAsync();
        var both = app.Client().As("deputy@agency.gov.cn", "CaseOfficer", "Approver");
        await agency.ActAsync(both, receipt.Id, "extension-request", new { workingDays = 5, reason = "需调取档案" });
        var problem = await agency.ActAsync(both, receipt.Id, "extension-approval", new { decision = "approve" }, HttpStatusCode.Forbidden);
        Assert.Equal("four-eyes", problem.GetProperty("code").GetString());
    }
}
