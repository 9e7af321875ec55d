using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.Reports;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ReplyOutcomeTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    public static TheoryData<string, string?> DraftableOutcomes()
    {
        var data = new TheoryData<string, string?>();
        foreach (var category in ReportTable.Outcomes)
        {
            if (!category.HasReasons) data.Add(category.Code, null);
            foreach (var reason in category.Reasons.Concat(category.Variants).Where(r => r.Code is not ("clarification-lapsed" or "fee-unpaid")))
                data.Add(category.Code, reason.Code);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DraftableOutcomes))]
    public async Task Every_outcome_is_drafted_reviewed_approved_and_sent(string outcome, string? reason)
    {
        var receipt = await agency.FileAndAssignAsync();
        if (reason == "still-unclear")
        {
            await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请说明所需文件的年份" } });
            await agency.ApplicantAsync(receipt, "clarification", new { answer = "2025年" });
        }
        var withheld = outcome == "partially-disclosed" ? new[] { new { reason = "third-party-rights", description = "中标人的银行账户信息" } } : [];

        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new
        {
            outcome, reason, summary = "经审查，答复如下。", withheld,
            responsibleAgency = reason == "not-held" ? "市交通运输局" : null, responsibleAgencyContact = reason == "not-held" ? "电话010-12345678" : null,
            accessRoute = reason is "already-public" or "publication" ? "本机关门户网站政府信息公开栏目" : null,
        });
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        var replied = await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });

        Assert.Equal("replied", replied.GetProperty("status").GetString());
        Assert.Equal(outcome, replied.GetProperty("conclusion").GetProperty("outcome").GetString());
        Assert.Equal(reason, replied.GetProperty("conclusion").TryGetProperty("reason", out var r) ? r.GetString() : null);
        Assert.Equal("stopped", replied.GetProperty("clock").GetString());
        Assert.Equal("reply", (await agency.OutboxKindsAsync(receipt.Id)).Last());
        Assert.Equal(["application-received", "assigned"], (await agency.EventTypesAsync(receipt.Id)).Take(2));
        Assert.Equal(["reply-drafted", "legal-review-passed", "replied"], (await agency.EventTypesAsync(receipt.Id)).TakeLast(3));
    }

    [Theory]
    [InlineData("withheld", null)]
    [InlineData("withheld", "not-a-reason")]
    [InlineData("disclosed", "state-secret")]
    [InlineData("other", "clarification-lapsed")]
    [InlineData("unavailable", "still-unclear")]
    [InlineData("partially-disclosed", null)]
    [InlineData("made-up", null)]
    public async Task An_outcome_the_statute_does_not_allow_here_is_refused_and_changes_nothing(string outcome, string? reason)
    {
        var receipt = await agency.FileAndAssignAsync();
        var before = await agency.CaseAsync(receipt.Id);

        var problem = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome, reason, summary = "答复" }, System.Net.HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.Equal(before.GetProperty("version").GetInt32(), (await agency.CaseAsync(receipt.Id)).GetProperty("version").GetInt32());
    }
}
