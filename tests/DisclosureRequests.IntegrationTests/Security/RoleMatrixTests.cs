using System.Net;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Security;

/// <summary>
/// Generated from the endpoints themselves: every route that names its allowed roles is called as every role and as
/// nobody; only the allowed roles get past authorisation.
/// </summary>
public sealed class RoleMatrixTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    public static IEnumerable<string?> Callers => Roles.All.Cast<string?>().Append(null);

    [Fact]
    public async Task Every_protected_route_lets_in_exactly_its_allowed_roles()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Allowed: e.Metadata.GetMetadata<AllowedRoles>(), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>(),
                Accepts: e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json"))
            .Where(e => e.Allowed is { Anyone: false })
            .ToArray();
        Assert.True(routes.Length >= 18, $"expected every officer route to declare its roles, found {routes.Length}");

        var failures = new List<string>();
        foreach (var (endpoint, allowed, methods, accepts) in routes)
        {
            var method = new HttpMethod(methods!.HttpMethods.First());
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/')
                .Replace("{id}", new string('0', 32)).Replace("{year}", "2025").Replace("{name}", "missing.pdf");
            foreach (var role in Callers)
            {
                var client = role is null ? app.Client() : app.Client().As($"{role}@agency.gov.cn", role);
                using var request = new HttpRequestMessage(method, path);
                if (method != HttpMethod.Get) request.Content = EmptyBody(accepts);
                using var response = await client.SendAsync(request);
                var expected = role is null ? HttpStatusCode.Unauthorized : allowed!.Roles.Contains(role) ? (HttpStatusCode?)null : HttpStatusCode.Forbidden;
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                if (expected is null ? refused : response.StatusCode != expected)
                    failures.Add($"{method} {path} as {role ?? "nobody"}: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }

    private static HttpContent EmptyBody(string contentType) => contentType.StartsWith("multipart/")
        ? new MultipartFormDataContent()
        : new StringContent("{}", System.Text.Encoding.UTF8, contentType);

    [Fact]
    public async Task Refusals_are_problem_details()
    {
        using var anonymous = await app.Client().GetAsync("/api/cases");
        using var wrongRole = await app.Client().As("clerk@agency.gov.cn", "LegalReviewer").PostAsync($"/api/cases/{new string('0', 32)}/assign", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        Assert.Equal("urn:disclosure-requests:problem:forbidden", (await wrongRole.ReadJsonAsync()).GetProperty("type").GetString());
    }
}
