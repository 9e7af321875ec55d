using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Cases;

/// <summary>Art. 36(4) and 36(5) are different answers; a reply after a 补正 answers the request as clarified.</summary>
public sealed class ResponsibleAgencyAndClarifiedReplyTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task Naming_the_responsible_agency_needs_its_contact_details()
    {
        var receipt = await agency.FileAndAssignAsync();

        var refused = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply",
            new { outcome = "unavailable", reason = "not-held", summary = "经查。", responsibleAgency = "某市住房和城乡建设局" }, HttpStatusCode.BadRequest);

        Assert.True(refused.GetProperty("errors").TryGetProperty("responsibleAgencyContact", out _));
    }

    [Fact]
    public async Task A_responsible_agency_belongs_only_to_a_not_held_answer()
    {
        var receipt = await agency.FileAndAssignAsync();

        var refused = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply",
            new { outcome = "disclosed", summary = "予以公开。", responsibleAgency = "某市住房和城乡建设局", responsibleAgencyContact = "电话010-12345678" },
            HttpStatusCode.BadRequest);

        Assert.True(refused.GetProperty("errors").TryGetProperty("responsibleAgency", out _));
    }

    [Fact]
    public async Task The_reply_carries_the_responsible_agency_and_its_contact_details()
    {
        var receipt = await agency.FileAndAssignAsync();
        await ReplyAsync(receipt.Id, new
        {
            outcome = "unavailable", reason = "not-held", summary = "经查。",
            responsibleAgency = "某市住房和城乡建设局", responsibleAgencyContact = "某市人民路1号，电话010-12345678",
        });

        var data = (await ReplyItemAsync(receipt.Id)).GetProperty("content");

        Assert.Equal("某市住房和城乡建设局", data.GetProperty("responsibleAgency").GetString());
        Assert.Equal("某市人民路1号，电话010-12345678", data.GetProperty("responsibleAgencyContact").GetString());
    }

    [Fact]
    public async Task After_a_clarification_the_reply_quotes_the_clarified_request()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "clarification-request", new { items = new[] { "请写明文件名称" } });
        await agency.ApplicantAsync(receipt, "clarification", new { answer = "《2025年道路养护工程招标公告》" });
        await ReplyAsync(receipt.Id, new { outcome = "unavailable", reason = "still-unclear", summary = "经补正后仍不明确。" });

        var data = (await ReplyItemAsync(receipt.Id)).GetProperty("content");

        Assert.Equal("《2025年道路养护工程招标公告》", data.GetProperty("clarifiedRequest").GetString());
        Assert.Equal(agency.Today.ToString("yyyy-MM-dd"), data.GetProperty("clarifiedOn").GetString());
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
