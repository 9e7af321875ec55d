using System.Text;
using System.Text.Json.Nodes;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DisclosureRequests.IntegrationTests.Limits;

/// <summary>
/// Generated from the endpoints: every route whose handler binds <c>Idempotency-Key</c> answers a malformed key with
/// the very same 400 problem, and stores nothing. Sent straight to the server, so that an empty value or several values
/// arrive exactly as given.
/// </summary>
public sealed class OneIdempotencyKeyRuleTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private readonly Agency agency = new(app);

    [Theory]
    [InlineData("short")]
    [InlineData("")]
    [InlineData("contains spaces and is long enough")]
    [InlineData("键键键键键键键键键键键键键键键键键键")]
    [InlineData("0123456789abcdef-first", "0123456789abcdef-second")]
    public async Task Every_route_that_takes_the_key_refuses_a_malformed_one_with_the_same_problem(params string[] key)
    {
        var receipt = await agency.FileAndAssignAsync();
        var routes = HeaderBindings.RoutesBinding(app, IdempotencyKeys.HeaderName);
        Assert.Contains(routes, r => r.RoutePattern.RawText == "/api/requests");
        Assert.Contains(routes, r => r.RoutePattern.RawText == "/api/cases/{id}/assign");
        Assert.Contains(routes, r => r.RoutePattern.RawText == "/api/requests/{id}/withdrawal");
        var before = await StoredRows.SnapshotAsync(app);

        var answers = new Dictionary<string, string>();
        foreach (var route in routes)
        {
            var method = route.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();
            var path = route.RoutePattern.RawText!.Replace("{id}", receipt.Id).Replace("{itemId}", "letter");
            var context = await app.Server.SendAsync(c =>
            {
                c.Request.Method = method;
                c.Request.Path = path;
                c.Request.ContentType = "application/json";
                c.Request.Body = new MemoryStream("{}"u8.ToArray());
                c.Request.Headers[IdempotencyKeys.HeaderName] = key;
                // Every role at once and the applicant's code, so that only the key can be what is refused.
                c.Request.Headers[ClientPrincipalAuthentication.HeaderName] = Principals.Header("everyone@agency.gov.cn", [.. Roles.All]);
                c.Request.Headers["X-Access-Code"] = receipt.AccessCode;
            });
            answers[$"{method} {path}"] = $"{context.Response.StatusCode} {await ProblemWithoutTraceAsync(context.Response)}";
        }

        var first = answers.First().Value;
        Assert.StartsWith("400 ", first);
        Assert.Contains("\"Idempotency-Key\":[", first);
        Assert.All(answers, a => Assert.True(a.Value == first, $"{a.Key} answers {a.Value}, not {first}"));
        Assert.Equal(before, await StoredRows.SnapshotAsync(app));
    }

    private static async Task<string> ProblemWithoutTraceAsync(HttpResponse response)
    {
        var problem = JsonNode.Parse(await new StreamReader(response.Body, Encoding.UTF8).ReadToEndAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }
}
