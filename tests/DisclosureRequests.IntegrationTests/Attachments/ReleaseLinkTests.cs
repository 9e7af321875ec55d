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

    private async Task<(SubmissionReceipt Receipt, byte[] Content)> ReleaseAsync()
    {
        var receipt = await app.Client().FileAsync();
        var content = Uploads.Pdf(4096);
        var officer = app.Client().As("li.si@agency.example.cn", Roles.CaseOfficer);
        using var response = await officer.PostAsync($"/api/cases/{receipt.Id}/releases", Uploads.Form(("招标公告.pdf", content)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (receipt, content);
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
