using System.Text;
using System.Text.Json;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;

namespace DisclosureRequests.Core.Staff;

/// <summary>
/// Local runs only (<c>Auth:TrustClientPrincipalHeader</c> and <c>Auth:DevelopmentSignIn</c>, never under the Functions
/// host: in Azure the trust setting is on too, behind App Service Authentication): pick a name and roles, and the app keeps in an HttpOnly,
/// SameSite=Strict cookie the same principal JSON App Service Authentication sends in Azure, so the cookie becomes the
/// same signed-in person. With either setting off these routes answer 404 and the cookie is never read.
/// </summary>
public static class DevelopmentSignIn
{
    public const string SignInPath = "/staff/dev-sign-in";
    public const string SignOutPath = "/staff/dev-sign-out";
    public const string CookieName = "staff-principal";

    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>("Auth:TrustClientPrincipalHeader") && configuration.GetValue<bool>("Auth:DevelopmentSignIn")
        && !Hosting.HostMode.UnderFunctionsHost(configuration);

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SignInPath, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, IConfiguration configuration, Pages.PageFiles files) =>
                IsEnabled(configuration) ? Pages.StaffPages.Serve(context, files.Find("staff-sign-in.html")) : Results.NotFound())
            .AllowAnyone()
            .ExcludeFromDescription();
        app.MapPost(SignInPath, SignInAsync)
            .AllowAnyone()
            .ExcludeFromDescription();
        app.MapPost(SignOutPath, (HttpContext context, IConfiguration configuration) =>
            {
                if (!IsEnabled(configuration)) return Results.NotFound();
                context.Response.Cookies.Delete(CookieName, Options(context));
                return Results.NoContent();
            })
            .AllowAnyone()
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IConfiguration configuration, CancellationToken ct)
    {
        if (!IsEnabled(configuration)) return Results.NotFound();
        if (!StaffRequests.IsFromThePages(context.Request)) return Problem.Of(context, ProblemTypes.Forbidden, StatusCodes.Status403Forbidden);
        var (body, problem) = await JsonBody.ReadAsync<DevelopmentSignInBody>(context, ct);
        if (problem is not null) return problem;
        var english = Problem.PrefersEnglish(context);
        var errors = new Dictionary<string, string[]>();
        var id = body!.Id?.Trim() ?? "";
        if (!StaffDirectory.IsEmail(id)) errors["id"] = [FieldMessages.For(id.Length == 0 ? "required" : "email", english)];
        var name = body.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 100) errors["displayName"] = [FieldMessages.For(name.Length == 0 ? "required" : "too-long", english)];
        var roles = body.Roles ?? [];
        if (roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r))) errors["roles"] = [FieldMessages.For("staff-roles", english)];
        if (errors.Count > 0) return Problem.Validation(context, errors);

        context.Response.Cookies.Append(CookieName, Principal(id, name, roles.Distinct()), Options(context));
        return Results.NoContent();
    }

    /// <summary>The principal as App Service Authentication writes it: base64 JSON with typed claims.</summary>
    public static string Principal(string id, string displayName, IEnumerable<string> roles)
    {
        var claims = new List<object> { new { typ = "preferred_username", val = id }, new { typ = "name", val = displayName } };
        claims.AddRange(roles.Select(r => new { typ = ClientPrincipalAuthentication.RoleClaim, val = r }));
        var principal = new { auth_typ = "development", name_typ = "preferred_username", role_typ = ClientPrincipalAuthentication.RoleClaim, claims };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/",
        IsEssential = true,
    };
}
