using System.Net;
using System.Text;
using DisclosureRequests.Core.Security;
using DisclosureRequests.IntegrationTests.Infrastructure;

namespace DisclosureRequests.IntegrationTests.Limits;

public sealed class PrincipalTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    public static TheoryData<string> MalformedPrincipals => new()
    {
        "not base64 at all!",
        Base64("not json"),
        Base64("null"),
        Base64("[]"),
        Base64("""{"claims":null}"""),
        Base64("""{"claims":[null]}"""),
        Base64("""{"name_typ":"name","claims":[{"typ":null,"val":"x"}]}"""),
        Base64("""{"name_typ":"name","claims":[{"typ":"name","val":null}]}"""),
        Base64("""{"name_typ":"name","role_typ":"roles","claims":[{"typ":"roles","val":"CaseOfficer"}]}"""),
        Base64("""{"claims":[{"typ":"name","val":"x"}],"name_typ":7}"""),
        Convert.ToBase64String([0xff, 0xfe, 0x00, 0x7b]),
    };

    [Theory]
    [MemberData(nameof(MalformedPrincipals))]
    public async Task A_malformed_client_principal_answers_401_problem_on_staff_and_public_routes_alike(string header)
    {
        foreach (var path in new[] { "/api/cases", "/api/health", "/api/requests/0123456789abcdef0123456789abcdef" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation(ClientPrincipalAuthentication.HeaderName, header);

            using var response = await app.Client().SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("urn:disclosure-requests:problem:unauthenticated", (await response.ReadJsonAsync()).GetProperty("type").GetString());
        }
    }
}
