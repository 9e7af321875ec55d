using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class RequestBodyTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Fact]
    public async Task A_JSON_body_over_64_KB_answers_413_as_problem_details_and_stores_nothing()
    {
        var before = await StoredRows.SnapshotAsync(app);
        var body = $$"""{"applicant":{"type":"natural-person","name":"张三","email":"a@example.cn"},"description":"{{new string('x', 70_000)}}","format":"electronic","delivery":"email"}""";

        using var response = await app.Client().PostAsync("/api/requests", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:disclosure-requests:problem:payload-too-large", (await response.ReadJsonAsync()).GetProperty("type").GetString());
        Assert.Equal(before, await StoredRows.SnapshotAsync(app));
    }

    [Fact]
    public async Task An_oversized_body_sent_without_a_length_also_answers_413()
    {
        var receipt = await agency.FileAndAssignAsync();
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"assignee":"{{new string('a', 100_000)}}"}""")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{receipt.Id}/assign") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await agency.Officer.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task A_body_of_the_wrong_content_type_answers_the_apps_own_415_problem(string contentType)
    {
        using var response = await app.Client().PostAsync("/api/requests", new StringContent("{}", Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:disclosure-requests:problem:unsupported-media-type", problem.GetProperty("type").GetString());
        Assert.Equal("提交内容的格式不受支持", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{\"assignee\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"assignee\":{\"nested\":true}}")]
    [InlineData("\"just a string\"")]
    public async Task Malformed_JSON_on_a_case_action_answers_400_problem(string body)
    {
        var receipt = await agency.FileAndAssignAsync();

        using var response = await agency.Officer.PostAsync($"/api/cases/{receipt.Id}/assign", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:validation", (await response.ReadJsonAsync()).GetProperty("type").GetString());
    }
}
