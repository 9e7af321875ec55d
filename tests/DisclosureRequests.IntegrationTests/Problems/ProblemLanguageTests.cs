using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Problems;

/// <summary>Whatever a person reads in a problem is in Chinese, unless the request asks for English.</summary>
public sealed class ProblemLanguageTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_command_refused_at_this_stage_explains_itself_in_Chinese_naming_the_stage()
    {
        var receipt = await agency.FileAndAssignAsync();

        var problem = await agency.ActAsync(agency.Reviewer, receipt.Id, "legal-review", new { decision = "approve" }, HttpStatusCode.Conflict);

        Assert.Equal("该申请当前处于“办理中”阶段，不能进行此操作；仅在“保密审查和合法性审查中”阶段可以进行。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_same_refusal_is_in_English_when_English_is_asked_for()
    {
        var receipt = await agency.FileAndAssignAsync();

        var problem = await SendAsync(agency.Reviewer, $"/api/cases/{receipt.Id}/legal-review", new { decision = "approve" }, "en");

        Assert.StartsWith("Not allowed while the case is in-progress", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_refused_field_is_explained_in_Chinese()
    {
        var receipt = await agency.FileAndAssignAsync();

        var problem = await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "unknown", summary = "答复。" }, HttpStatusCode.BadRequest);

        Assert.StartsWith("办理结果应为以下之一：", problem.GetProperty("errors").GetProperty("outcome")[0].GetString());
    }

    [Fact]
    public async Task The_four_eyes_refusal_is_in_Chinese()
    {
        var receipt = await agency.FileAndAssignAsync();
        await agency.ActAsync(agency.Officer, receipt.Id, "draft-reply", new { outcome = "disclosed", summary = "予以公开。" });
        var drafterAsReviewer = app.Client().As(Agency.OfficerName, "CaseOfficer", "LegalReviewer");

        var problem = await SendAsync(drafterAsReviewer, $"/api/cases/{receipt.Id}/legal-review", new { decision = "approve" }, null);

        Assert.Equal("答复的起草人不能审查本人起草的答复。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_route_answers_a_problem_titled_in_Chinese()
    {
        using var response = await app.Client().GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("未找到请求的地址", (await response.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_staffs_not_found_does_not_mention_an_access_code()
    {
        using var response = await agency.Officer.GetAsync($"/api/cases/{Core.Storage.CaseIds.New()}");
        var title = (await response.ReadJsonAsync()).GetProperty("title").GetString();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("未找到该申请", title);
        Assert.DoesNotContain("查询码", title);
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, string path, object body, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}");
        return await response.ReadJsonAsync();
    }
}
