using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Attachments;

public sealed class ReleaseLinkTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Fact]
    public async Task The_applicant_downloads_a_released_document_through_a_signed_link()
    {
        var (receipt, content) = await ReleaseAsync();

        var link = Assert.Single((await DocumentsAsync(receipt)).Releases);
        Assert.Equal("招标公告.pdf", link.FileName);
        Assert.Equal(app.Time.GetUtcNow() + ReleaseLinks.Lifetime, link.ExpiresAt);

        using var response = await app.Client().GetAsync(link.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_link_stops_working_after_15_minutes()
    {
        var (receipt, _) = await ReleaseAsync();
        var link = Assert.Single((await DocumentsAsync(receipt)).Releases);

        app.Time.Advance(TimeSpan.FromMinutes(14));
        using (var stillValid = await app.Client().GetAsync(link.Url)) Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);

        app.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var expired = await app.Client().GetAsync(link.Url);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:link-expired", (await expired.ReadJsonAsync()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("expiry")]
    [InlineData("name")]
    [InlineData("case")]
    [InlineData("missing")]
    public async Task A_tampered_link_is_refused(string part)
    {
        var (receipt, _) = await ReleaseAsync();
        var url = Assert.Single((await DocumentsAsync(receipt)).Releases).Url;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + url).Query);
        var signature = query["sig"]!;
        var expires = long.Parse(query["expires"]!);
        var tampered = part switch
        {
            "signature" => url.Replace("sig=" + signature, "sig=" + (signature[0] == 'A' ? 'B' : 'A') + signature[1..]),
            "expiry" => url.Replace("expires=" + expires, "expires=" + (expires + 86400)),
            "name" => url.Replace(Uri.EscapeDataString("1-招标公告.pdf"), Uri.EscapeDataString("2-招标公告.pdf")),
            "case" => url.Replace(receipt.Id, new string('0', 32)),
            _ => url[..url.IndexOf('?')],
        };

        using var response = await app.Client().GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:invalid-link", (await response.ReadJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Only_case_officers_release_documents()
    {
        var receipt = await app.Client().FileAsync();
        var reviewer = app.Client().As("wang.wu@agency.example.cn", Roles.LegalReviewer);
        using var response = await reviewer.PostAsync($"/api/cases/{receipt.Id}/releases", Uploads.Form(("a.pdf", Uploads.Pdf())));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("draft-reply")]
    [InlineData("legal-review")]
    public async Task A_document_to_release_is_neither_listed_nor_served_to_the_applicant_before_the_reply_is_approved(string stage)
    {
        var (receipt, _) = await StageAsync("招标公告.pdf");
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Disclosure);
        if (stage == "legal-review") await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });

        Assert.Empty((await DocumentsAsync(receipt)).Releases);
        Assert.Empty((await TrackAsync(receipt)).GetProperty("documents").GetProperty("releases").EnumerateArray());
        using var response = await app.Client().GetAsync(await SignedLinkAsync(receipt.Id));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_document_staged_for_a_reply_that_ends_in_a_refusal_is_never_served()
    {
        var (receipt, _) = await StageAsync("招标公告.pdf");
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "withheld", reason = "state-secret", summary = "经审查，所申请信息属于国家秘密。" });
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });

        Assert.Empty((await DocumentsAsync(receipt)).Releases);
        using var response = await app.Client().GetAsync(await SignedLinkAsync(receipt.Id));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static readonly object Disclosure = new { outcome = "disclosed", summary = "现将所申请信息提供给您。" };

    private readonly Agency agency = new(app);

    /// <summary>Stored to be released, then carried through the draft, the legal review and the approval of a disclosure.</summary>
    private async Task<(SubmissionReceipt Receipt, byte[] Content)> ReleaseAsync()
    {
        var (receipt, content) = await StageAsync("招标公告.pdf");
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", Disclosure);
        await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" });
        await agency.ActAsync(agency.Approver, receipt.Id, "approval", new { decision = "approve" });
        return (receipt, content);
    }

    private async Task<(SubmissionReceipt Receipt, byte[] Content)> StageAsync(string fileName)
    {
        var receipt = await agency.FileAndAssignAsync();
        var content = Uploads.Pdf(4096);
        using var response = await agency.Officer.PostAsync($"/api/cases/{receipt.Id}/releases", Uploads.Form((fileName, content)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (receipt, content);
    }

    /// <summary>A link as the server signs it, for the case's first file to release, whether or not it would hand it out.</summary>
    private async Task<string> SignedLinkAsync(string caseId)
    {
        var document = Assert.Single(await app.Get<CaseDocuments>().ListAsync(caseId, CaseDocuments.Release, CancellationToken.None));
        return app.Get<ReleaseLinks>().For(caseId, document).Url;
    }

    private async Task<System.Text.Json.JsonElement> TrackAsync(SubmissionReceipt receipt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await app.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<CaseDocumentsView> DocumentsAsync(SubmissionReceipt receipt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}/documents");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await app.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseDocumentsView>(Json.Options))!;
    }
}
