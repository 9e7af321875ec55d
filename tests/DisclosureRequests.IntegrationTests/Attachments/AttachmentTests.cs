using System.Net;
using System.Net.Http.Json;
using DisclosureRequests.Core.Attachments;
using DisclosureRequests.Core.Intake;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Attachments;

public sealed class AttachmentTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public async Task Accepted_files_are_stored_under_safe_names_and_listed_with_the_case()
    {
        var receipt = await app.Client().FileAsync();

        using var response = await UploadAsync(receipt, ("申请人身份证明.pdf", Uploads.Pdf()), ("补充说明.txt", Uploads.Text("道路编号：G104\n")), ("图纸.docx", Uploads.Docx()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await GetDocumentsAsync(receipt);
        Assert.Equal(["1-申请人身份证明.pdf", "2-补充说明.txt", "3-图纸.docx"], view.Attachments.Select(a => a.Name));
        Assert.Equal("application/pdf", view.Attachments[0].ContentType);
        Assert.True(await app.Storage.Container(StorageNames.AttachmentsContainer).GetBlobClient($"{receipt.Id}/1-申请人身份证明.pdf").ExistsAsync());
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        var receipt = await app.Client().FileAsync();
        using var response = await UploadAsync(receipt, ("大文件.pdf", Uploads.Pdf(10 * MiB + 1)));
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "file-too-large");
    }

    [Theory]
    [InlineData("合同.pdf", "executable")]
    [InlineData("照片.pdf", "png")]
    [InlineData("说明.txt", "executable")]
    [InlineData("program.exe", "executable")]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused(string name, string content)
    {
        var receipt = await app.Client().FileAsync();
        using var response = await UploadAsync(receipt, (name, content == "png" ? Uploads.Png : Uploads.Executable));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "file-type-not-allowed");
    }

    [Theory]
    [InlineData("../../etc/passwd.txt")]
    [InlineData("..\\..\\windows\\win.ini.txt")]
    [InlineData("C:secret.txt")]
    [InlineData("..")]
    public async Task A_name_with_path_parts_is_refused(string name)
    {
        var receipt = await app.Client().FileAsync();
        using var response = await UploadAsync(receipt, (name, Uploads.Text("内容")));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "unsafe-file-name");
        Assert.Empty((await GetDocumentsAsync(receipt)).Attachments);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var receipt = await app.Client().FileAsync();
        using var response = await UploadAsync(receipt, ("空白.pdf", []));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "empty-file");
    }

    [Fact]
    public async Task More_than_10_files_are_refused_in_one_request_and_across_requests()
    {
        var receipt = await app.Client().FileAsync();
        using var eleven = await UploadAsync(receipt, Enumerable.Range(1, 11).Select(i => ($"第{i}页.txt", Uploads.Text($"第{i}页"))).ToArray());
        await AssertProblemAsync(eleven, HttpStatusCode.UnprocessableEntity, "too-many-files");

        using var ten = await UploadAsync(receipt, Enumerable.Range(1, 10).Select(i => ($"第{i}页.txt", Uploads.Text($"第{i}页"))).ToArray());
        Assert.Equal(HttpStatusCode.Created, ten.StatusCode);
        using var one = await UploadAsync(receipt, ("第11页.txt", Uploads.Text("第11页")));
        await AssertProblemAsync(one, HttpStatusCode.UnprocessableEntity, "too-many-files");
    }

    [Fact]
    public async Task A_case_holds_at_most_30_MB_of_attachments()
    {
        var receipt = await app.Client().FileAsync();
        using var first = await UploadAsync(receipt, ("一.pdf", Uploads.Pdf(10 * MiB)), ("二.pdf", Uploads.Pdf(10 * MiB)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var second = await UploadAsync(receipt, ("三.pdf", Uploads.Pdf(10 * MiB)), ("四.pdf", Uploads.Pdf(1024)));
        await AssertProblemAsync(second, HttpStatusCode.RequestEntityTooLarge, "case-quota-exceeded");
    }

    [Fact]
    public async Task Control_characters_are_dropped_and_long_names_shortened_keeping_the_extension()
    {
        var receipt = await app.Client().FileAsync();
        using var response = await UploadAsync(receipt, ("报告\u202Efdp.txt\u0007" + new string('长', 120) + ".pdf", Uploads.Pdf()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var name = Assert.Single((await GetDocumentsAsync(receipt)).Attachments).FileName;
        Assert.Equal(FileNames.MaxLength, name.Length);
        Assert.StartsWith("报告fdp.txt长", name);
        Assert.EndsWith(".pdf", name);
    }

    [Fact]
    public async Task Only_the_owner_may_attach_files()
    {
        var receipt = await app.Client().FileAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/attachments") { Content = Uploads.Form(("a.pdf", Uploads.Pdf())) };
        request.Headers.Add("X-Access-Code", "WRONGWRONGWRONGWRONG");
        using var response = await app.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Problems_are_in_Chinese_unless_English_is_preferred()
    {
        var receipt = await app.Client().FileAsync();
        using var chinese = await UploadAsync(receipt, ("空白.pdf", []));
        Assert.Equal("上传的文件是空文件", (await chinese.ReadJsonAsync()).GetProperty("title").GetString());

        using var request = Upload(receipt, ("空白.pdf", []));
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await app.Client().SendAsync(request);
        Assert.Equal("An uploaded file is empty", (await english.ReadJsonAsync()).GetProperty("title").GetString());
    }

    private async Task<HttpResponseMessage> UploadAsync(SubmissionReceipt receipt, params (string Name, byte[] Content)[] files)
    {
        using var request = Upload(receipt, files);
        return await app.Client().SendAsync(request);
    }

    private static HttpRequestMessage Upload(SubmissionReceipt receipt, params (string Name, byte[] Content)[] files)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{receipt.Id}/attachments") { Content = Uploads.Form(files) };
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        return request;
    }

    private async Task<CaseDocumentsView> GetDocumentsAsync(SubmissionReceipt receipt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/requests/{receipt.Id}/documents");
        request.Headers.Add("X-Access-Code", receipt.AccessCode);
        using var response = await app.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CaseDocumentsView>(Json.Options))!;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:disclosure-requests:problem:" + type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }
}
