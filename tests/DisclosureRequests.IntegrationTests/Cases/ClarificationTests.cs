using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

public sealed class ClarificationAnsweredTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task An_answered_clarification_restarts_the_reply_period_from_the_day_it_arrives()
    {
        var receipt = await agency.FileAndAssignAsync();
        var asked = await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request",
            new { items = new[] { "请明确所需信息的文号或名称", "请说明所需信息的时间范围" } });
        Assert.Equal("awaiting-clarification", asked.GetProperty("status").GetString());
        Assert.False(asked.TryGetProperty("replyDueOn", out _));
        Assert.Equal("2026-03-23", asked.GetProperty("clarification").GetProperty("replyBy").GetString());
        Assert.Contains("clarification-notice", await agency.OutboxKindsAsync(receipt.Id));

        await agency.AtAsync(new DateOnly(2026, 3, 5));
        var answered = await agency.ApplicantAsync(receipt, "clarification", new { answer = "《关于2025年道路养护工程的通知》" });

        Assert.Equal("in-progress", answered.GetProperty("status").GetString());
        Assert.Equal("2026-04-02", answered.GetProperty("replyDueOn").GetString());
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "再次补正" } }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_owner_answers_and_only_while_a_clarification_is_awaited()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ApplicantAsync(receipt, "clarification", new { answer = "补充" }, HttpStatusCode.Conflict);
        await agency.ApplicantAsync(receipt with { AccessCode = "00000000000000000000" }, "clarification", new { answer = "补充" }, HttpStatusCode.NotFound);
    }
}

public sealed class ClarificationLapsedTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task An_applicant_who_does_not_clarify_in_time_is_deemed_to_have_abandoned_the_application()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请明确所需信息" } });

        await agency.AtAsync(new DateOnly(2026, 3, 23), hour: 23);
        Assert.Equal("awaiting-clarification", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());

        await agency.AtAsync(new DateOnly(2026, 3, 24), hour: 0);
        var lapsed = await agency.CaseAsync(receipt.Id);
        Assert.Equal("lapsed", lapsed.GetProperty("status").GetString());
        Assert.Equal("other", lapsed.GetProperty("conclusion").GetProperty("outcome").GetString());
        Assert.Equal("clarification-lapsed", lapsed.GetProperty("conclusion").GetProperty("reason").GetString());
        Assert.Equal("lapse-notice", (await agency.OutboxKindsAsync(receipt.Id)).Last());

        await agency.AtAsync(new DateOnly(2026, 3, 25));
        Assert.Single(await agency.EventTypesAsync(receipt.Id), "lapsed");
        await agency.ApplicantAsync(receipt, "clarification", new { answer = "迟到的补正" }, HttpStatusCode.Conflict);
    }
}

public sealed class ClarificationWindowTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task The_clarification_notice_cannot_go_out_after_the_seventh_working_day()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.AtAsync(new DateOnly(2026, 3, 12));
        var problem = await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "补正" } }, HttpStatusCode.Conflict);
        Assert.Equal("clarification-window-passed", problem.GetProperty("code").GetString());
    }
}
