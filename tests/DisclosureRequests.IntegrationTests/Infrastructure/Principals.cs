using System.Text;
using System.Text.Json;
using DisclosureRequests.Core.Security;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>Builds the X-MS-CLIENT-PRINCIPAL header App Service Authentication would send.</summary>
public static class Principals
{
    public static string Header(string name, params string[] roles)
    {
        var claims = new List<object> { new { typ = "name", val = name } };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var principal = new { auth_typ = "aad", name_typ = "name", role_typ = "roles", claims };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }

    public static HttpClient As(this HttpClient client, string name, params string[] roles)
    {
        client.DefaultRequestHeaders.Remove(ClientPrincipalAuthentication.HeaderName);
        client.DefaultRequestHeaders.Add(ClientPrincipalAuthentication.HeaderName, Header(name, roles));
        return client;
    }
}
