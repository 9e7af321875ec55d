using System.Net;
using System.Text.Json;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Attachments;

/// <summary>Released documents and attached files are on the case's record, and what is released is what was reviewed.</summary>
public sealed class DocumentRecordTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static readonly object Draft = new { outcome = "disclosed", summary = "现将所申请信息提供给您。" };
    private readonly Agency agency = new(app);

    [Fact]
    public async Task Releasing_a_document_is_an_event_in_the_case_history_naming_the_file()
    {
        var receipt = await agency.FileAndAssignAsync();

        await ReleaseAsync(receipt.Id, "招标公告.pdf");

        var released = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "documents-released");
        Assert.Equal(Agency.OfficerName, released.GetProperty("actor").GetString());
        Assert.Equal("招标公告.pdf", released.GetProperty("details").GetProperty("documents").GetString());
    }

    [Fact]
    public async Task Attaching_a_file_is_an_event_in_the_case_history()
    {
        var receipt = await agency.FileAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/attachments") { Content = Uploads.Form(("身份证明.pdf", Uploads.Pdf())) };
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await agency.Public.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var attached = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "files-attached");
        Assert.Equal("applicant", attached.GetProperty("actor").GetString());
        Assert.Equal("身份证明.pdf", attached.GetProperty("details").GetProperty("files").GetString());
    }

    [Fact]
    public async Task A_document_added_after_the_legal_review_passed_sends_the_reply_back_to_review_and_the_history_says_why()
    {
        var receipt = await agency.FileAndAssignAsync();
        await ReleaseAsync(receipt.Id, "招标公告.pdf");
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Draft);
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });

        await ReleaseAsync(receipt.Id, "中标结果.pdf");

        Assert.Equal("in-legal-review", (await agency.CaseAsync(receipt.Id)).GetProperty("status").GetString());
        var reopened = Assert.Single(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "legal-review-reopened");
        Assert.Equal("awaiting-approval", reopened.GetProperty("from").GetString());
        Assert.Equal("documents-added-after-review", reopened.GetProperty("details").GetProperty("reason").GetString());
        Assert.Equal("中标结果.pdf", reopened.GetProperty("details").GetProperty("documents").GetString());
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task After_the_reply_a_further_document_is_refused_and_nothing_is_stored()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Draft);
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });

        using var response = await agency.Officer.PostAsync($"/api/cases/{receipt.Id}/releases", Uploads.Form(("补充.pdf", Uploads.Pdf())));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:releases-fixed", (await response.ReadJsonAsync()).GetProperty("type").GetString());
        Assert.DoesNotContain(await agency.HistoryAsync(receipt.Id), e => e.GetProperty("type").GetString() == "documents-released");
    }

    [Fact]
    public async Task The_reply_lists_released_files_by_the_names_the_officer_gave_them()
    {
        var receipt = await agency.FileAndAssignAsync();
        await ReleaseAsync(receipt.Id, "道路养护工程招标公告.pdf");
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Draft);
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });

        var reply = await ReplyItemAsync(receipt.Id);

        Assert.Equal(["道路养护工程招标公告.pdf"], reply.GetProperty("content").GetProperty("releasedDocuments").EnumerateArray().Select(d => d.GetString()));
    }

    private async Task ReleaseAsync(string caseId, string fileName)
    {
        using var response = await agency.Officer.PostAsync($"/api/cases/{caseId}/releases", Uploads.Form((fileName, Uploads.Pdf())));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonElement> ReplyItemAsync(string caseId)
    {
        var table = app.Storage.Table(StorageNames.CasesTable);
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.PartitionKey == caseId))
            if (row.GetString("Kind") == "reply") return JsonDocument.Parse(row.GetString("Item")).RootElement.Clone();
        throw new InvalidOperationException("No reply was sent.");
    }
}
