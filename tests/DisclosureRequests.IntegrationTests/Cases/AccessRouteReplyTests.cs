using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

/// <summary>
/// Art. 36(1) (the information is already public) and Art. 39(2) (it is a publication) tell the applicant where and
/// how to obtain it: the reply names the route, and only those replies do.
/// </summary>
public sealed class AccessRouteReplyTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private const string Route = "本机关门户网站“政府信息公开—法定主动公开内容”栏目（https://www.example.gov.cn/xxgk）";

    private readonly Agency agency = new(app);

    [Theory]
    [InlineData("disclosed", "already-public")]
    [InlineData("not-processed", "publication")]
    public async Task An_answer_that_tells_where_to_obtain_the_information_needs_the_route(string outcome, string reason)
    {
        var receipt = await agency.FileAndAssignAsync();

        var refused = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply",
            new { outcome, reason, summary = "经查。" }, HttpStatusCode.BadRequest);

        Assert.Contains("获取", refused.GetProperty("errors").GetProperty("accessRoute")[0].GetString());
    }

    [Fact]
    public async Task A_route_longer_than_500_characters_is_refused()
    {
        var receipt = await agency.FileAndAssignAsync();

        var refused = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply",
            new { outcome = "disclosed", reason = "already-public", summary = "经查。", accessRoute = new string('网', 501) }, HttpStatusCode.BadRequest);

        Assert.True(refused.GetProperty("errors").TryGetProperty("accessRoute", out _));
    }

    [Theory]
    [InlineData("disclosed", null)]
    [InlineData("unavailable", "not-held")]
    [InlineData("not-processed", "duplicate")]
    public async Task A_route_belongs_only_to_an_already_public_or_publication_answer(string outcome, string? reason)
    {
        var receipt = await agency.FileAndAssignAsync();

        var refused = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply",
            new { outcome, reason, summary = "经查。", accessRoute = Route }, HttpStatusCode.BadRequest);

        Assert.True(refused.GetProperty("errors").TryGetProperty("accessRoute", out _));
    }

    [Fact]
    public async Task A_plain_disclosure_still_needs_no_reason()
    {
        var receipt = await agency.FileAndAssignAsync();

        await ReplyAsync(receipt.Id, new { outcome = "disclosed", summary = "予以公开。" });

        var data = (await ReplyItemAsync(receipt.Id)).GetProperty("content");
        Assert.Null(data.TryGetProperty("reason", out var reason) ? reason.GetString() : null);
        Assert.False(data.TryGetProperty("accessRoute", out _));
    }

    [Theory]
    [InlineData("disclosed", "already-public")]
    [InlineData("not-processed", "publication")]
    public async Task The_reply_carries_the_route_cleaned_of_control_and_bidirectional_characters(string outcome, string reason)
    {
        var receipt = await agency.FileAndAssignAsync();
        await ReplyAsync(receipt.Id, new { outcome, reason, summary = "经查。", accessRoute = " \u202E" + Route + "\u0007 " });

        var data = (await ReplyItemAsync(receipt.Id)).GetProperty("content");

        Assert.Equal(reason, data.GetProperty("reason").GetString());
        Assert.Equal(Route, data.GetProperty("accessRoute").GetString());
    }

    private async Task ReplyAsync(string caseId, object draft)
    {
        await agency.ActAsync(agency.Officer, caseId, "draft-reply", draft);
        await agency.ActAsync(agency.Reviewer, caseId, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, caseId, "approval", new { decision = "approve" });
    }

    private async Task<JsonElement> ReplyItemAsync(string caseId)
    {
        await foreach (var row in app.Storage.Table(StorageNames.CasesTable).QueryAsync<TableEntity>(r => r.PartitionKey == caseId))
            if (row.GetString("Kind") == "reply") return JsonDocument.Parse(row.GetString("Item")).RootElement.Clone();
        throw new InvalidOperationException("No reply was sent.");
    }
}
