using System.Net.Http.Json;

namespace DisclosureRequests.IntegrationTests.Staff;

/// <summary>Signs in through the development sign-in, as the staff pages do, and keeps the cookie it answers with.</summary>
public static class StaffSignIn
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string id, string displayName, params string[] roles)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/staff/dev-sign-in") { Content = JsonContent.Create(new { id, displayName, roles }) };
        request.Headers.Add("X-Staff-Request", "1");
        return await client.SendAsync(request);
    }

    /// <summary>The cookie the sign-in set, to send by hand (the test client keeps no cookies).</summary>
    public static string Cookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("staff-principal=", StringComparison.Ordinal)).Split(';')[0];

    public static HttpRequestMessage WithCookie(this HttpRequestMessage request, string cookie, bool fromThePages = true)
    {
        request.Headers.Add("Cookie", cookie);
        if (fromThePages) request.Headers.Add("X-Staff-Request", "1");
        return request;
    }
}
