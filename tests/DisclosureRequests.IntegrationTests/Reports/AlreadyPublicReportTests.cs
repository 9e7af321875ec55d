using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>The format has no row of its own for information already public (Art. 36(1)): it is 三（一）予以公开.</summary>
public sealed class AlreadyPublicReportTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static readonly Actor Officer = Actor.Officer("officer-a", Roles.CaseOfficer);

    [Fact]
    public async Task An_answer_that_the_information_is_already_public_counts_under_disclosed_in_the_report()
    {
        var client = app.Client();
        var plain = await client.FileAsync();
        var alreadyPublic = await client.FileAsync();
        await ReplyAsync(plain.Id, new CaseCommand.Draft("disclosed", null, "予以公开", [], null));
        await ReplyAsync(alreadyPublic.Id, new CaseCommand.Draft("disclosed", "already-public", "已主动公开", [], null, AccessRoute: "本机关门户网站政府信息公开栏目"));

        var report = await client.As("admin", Roles.Administrator).CompileAsync(app.Time.GetUtcNow().Year);

        Assert.Equal([2, 0, 0, 0, 0, 0, 2], report.GetProperty("outcomes").GetProperty("disclosed").Row());
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], report.GetProperty("total").Row());
    }

    private async Task ReplyAsync(string id, CaseCommand.Draft draft)
    {
        await RunAsync(id, Officer, new CaseCommand.Assign("officer-a"));
        await RunAsync(id, Officer, draft);
        await RunAsync(id, Actor.Officer("reviewer-b", Roles.LegalReviewer), new CaseCommand.LegalReview(CaseCommand.Approve, null));
        await RunAsync(id, Actor.Officer("approver-c", Roles.Approver), new CaseCommand.Approval(CaseCommand.Approve, null));
    }

    private async Task RunAsync(string id, Actor actor, CaseCommand command) =>
        Assert.IsType<CommandOutcome.Applied>(await app.Get<CaseCommands>().ExecuteAsync(id, command, actor, null, CancellationToken.None));
}
