using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DisclosureRequests.Core.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DisclosureRequests.Core.Security;

/// <summary>
/// Reads the identity App Service Authentication puts in <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON with claims).
/// In Azure the platform strips that header from incoming requests and sets it itself; anywhere else it is trusted only
/// when <c>Auth:TrustClientPrincipalHeader</c> is true, which only local runs and tests set.
/// </summary>
public sealed class ClientPrincipalAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AppServiceAuthentication";
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";
    public const string RoleClaim = "roles";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!configuration.GetValue<bool>("Auth:TrustClientPrincipalHeader")) return Task.FromResult(AuthenticateResult.NoResult());
        var header = Request.Headers[HeaderName].ToString();
        if (header.Length == 0 && Staff.DevelopmentSignIn.IsEnabled(configuration) && Request.Cookies[Staff.DevelopmentSignIn.CookieName] is { Length: > 0 } cookie)
        {
            // A cookie rides along with any request the browser makes, so a change must also prove it came from our pages.
            if (!StaffRequests.IsSafe(Request) && !StaffRequests.IsFromThePages(Request))
                return Task.FromResult(AuthenticateResult.Fail("A change signed in by cookie lacks the staff request header."));
            header = cookie;
        }
        if (header.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        try
        {
            var principal = JsonSerializer.Deserialize<ClientPrincipal>(Convert.FromBase64String(header), JsonSerializerOptions.Web);
            if (principal?.Claims is null) return Task.FromResult(AuthenticateResult.Fail("The client principal has no claims."));
            if (principal.Claims.Any(c => c is null || string.IsNullOrEmpty(c.Typ) || c.Val is null))
                return Task.FromResult(AuthenticateResult.Fail("The client principal has a malformed claim."));
            var nameType = principal.NameTyp ?? ClaimTypes.Name;
            var claims = principal.Claims.Select(c => new Claim(c.Typ == principal.RoleTyp ? RoleClaim : c.Typ!, c.Val!));
            var identity = new ClaimsIdentity(claims, principal.AuthTyp ?? SchemeName, nameType, RoleClaim);
            if (string.IsNullOrWhiteSpace(identity.Name)) return Task.FromResult(AuthenticateResult.Fail("The client principal has no name claim."));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException or ArgumentException)
        {
            return Task.FromResult(AuthenticateResult.Fail("The client principal header is malformed."));
        }
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Pages.StaffPages.IsPage(Request)
            ? Pages.StaffPages.RefuseAsync(Context, StatusCodes.Status401Unauthorized)
            : Problem.Write(Context, ProblemTypes.Unauthenticated, StatusCodes.Status401Unauthorized);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Pages.StaffPages.IsPage(Request)
            ? Pages.StaffPages.RefuseAsync(Context, StatusCodes.Status403Forbidden)
            : Problem.Write(Context, ProblemTypes.Forbidden, StatusCodes.Status403Forbidden);

    private sealed record ClientPrincipal(
        [property: System.Text.Json.Serialization.JsonPropertyName("auth_typ")] string? AuthTyp,
        [property: System.Text.Json.Serialization.JsonPropertyName("name_typ")] string? NameTyp,
        [property: System.Text.Json.Serialization.JsonPropertyName("role_typ")] string? RoleTyp,
        [property: System.Text.Json.Serialization.JsonPropertyName("claims")] IReadOnlyList<PrincipalClaim>? Claims);

    private sealed record PrincipalClaim(
        [property: System.Text.Json.Serialization.JsonPropertyName("typ")] string? Typ,
        [property: System.Text.Json.Serialization.JsonPropertyName("val")] string? Val);
}
