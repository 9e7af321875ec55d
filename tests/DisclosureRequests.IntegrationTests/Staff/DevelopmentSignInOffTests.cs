using System.Net;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Staff;

/// <summary>Outside local development the sign-in page does not exist and its cookie means nothing.</summary>
public sealed class DevelopmentSignInOffTests : IAsyncLifetime
{
    private Azurite? azurite;
    private SystemUnderTest? trusting;
    private SystemUnderTest? untrusting;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        trusting = await SystemUnderTest.StartAsync(azurite, new FakeTimeProvider(SystemUnderTest.Start));
        untrusting = await SystemUnderTest.StartAsync(azurite, new FakeTimeProvider(SystemUnderTest.Start),
            settings: new Dictionary<string, string> { ["Auth:TrustClientPrincipalHeader"] = "false" });
    }

    public async Task DisposeAsync()
    {
        if (untrusting is not null) await untrusting.DisposeAsync();
        if (trusting is not null) await trusting.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task With_the_trust_setting_off_the_development_sign_in_answers_404_and_its_cookie_is_ignored()
    {
        var cookie = StaffSignIn.Cookie(await StaffSignIn.PostAsync(trusting!.Client(), "admin@agency.gov.cn", "管理员", "Administrator"));
        var client = untrusting!.Client();

        using var page = await client.GetAsync("/staff/dev-sign-in");
        using var signIn = await StaffSignIn.PostAsync(client, "admin@agency.gov.cn", "管理员", "Administrator");
        using var signOut = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/staff/dev-sign-out").WithCookie(cookie));
        using var withCookie = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/staff/me").WithCookie(cookie));
        using var adminPage = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/staff/admin").WithCookie(cookie, fromThePages: false));
        using var signInLink = await client.GetAsync("/staff/sign-in");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, adminPage.StatusCode);
        Assert.Equal("/.auth/login/aad", signInLink.RequestMessage?.RequestUri?.AbsolutePath);
    }
}
