using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Hosting;

/// <summary>The citizens' pages as the app serves them: the right file, type and policy, and nothing else.</summary>
public sealed class CitizenPagesTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    [Theory]
    [InlineData("/", "提交政府信息公开申请")]
    [InlineData("/track", "查询政府信息公开申请")]
    public async Task Each_page_is_html_with_a_policy_that_allows_only_the_apps_own_scripts(string path, string title)
    {
        using var response = await app.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<title>{title}</title>", await response.Content.ReadAsStringAsync());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/assets/apply.js", "text/javascript")]
    [InlineData("/assets/track.js", "text/javascript")]
    public async Task Assets_are_served_with_their_type_and_revalidated_by_entity_tag(string path, string type)
    {
        using var first = await app.Client().GetAsync(path);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await app.Client().SendAsync(again);

        Assert.Equal(type, first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/assets/apply.html")]
    [InlineData("/assets/missing.js")]
    [InlineData("/assets/..%2Fapply.html")]
    [InlineData("/index.html")]
    public async Task Nothing_but_the_pages_and_their_assets_is_served(string path)
    {
        using var response = await app.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
