using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Staff;

namespace DisclosureRequests.Core.Pages;

/// <summary>
/// The staff workspace under <c>/staff</c>: the worklist, a case, the print queue and administration. Each page is
/// served only to the roles that use it, and every action it offers is checked again by the API it calls.
/// </summary>
public static class StaffPages
{
    public const string Root = "/staff";

    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapStaffPages(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup(Root).ExcludeFromDescription();
        Page(staff, "", "staff-worklist.html", Roles.Staff);
        Page(staff, "/cases/{id}", "staff-case.html", Roles.Staff);
        Page(staff, "/print", "staff-print.html", [Roles.CaseOfficer]);
        Page(staff, "/admin", "staff-admin.html", [Roles.Administrator]);
        staff.MapMethods("/sign-in", ReadMethods, (IConfiguration configuration) => Results.Redirect(
                DevelopmentSignIn.IsEnabled(configuration) ? DevelopmentSignIn.SignInPath : "/.auth/login/aad?post_login_redirect_uri=" + Root))
            .AllowAnyone();
        app.MapDevelopmentSignIn();
        return app;
    }

    private static void Page(IEndpointRouteBuilder app, string path, string file, IReadOnlyList<string> roles) =>
        app.MapMethods(path, ReadMethods, (HttpContext context, PageFiles files) => Serve(context, files.Find(file)))
            .AllowRoles(roles);

    public static IResult Serve(HttpContext context, PageFile? file) => CitizenPages.Serve(context, file, PagePolicies.Staff);

    public static bool IsPage(HttpRequest request) =>
        request.Path.StartsWithSegments(Root) && StaffRequests.IsSafe(request);

    /// <summary>A person not signed in is offered the sign-in; one without the role is told so, as a page.</summary>
    public static Task RefuseAsync(HttpContext context, int status)
    {
        var file = context.RequestServices.GetRequiredService<PageFiles>()
            .Find(status == StatusCodes.Status401Unauthorized ? "staff-signed-out.html" : "staff-forbidden.html")!;
        context.Response.StatusCode = status;
        context.Response.ContentType = file.ContentType;
        context.Response.Headers.ContentSecurityPolicy = PagePolicies.Staff;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.Body.WriteAsync(file.Content).AsTask();
    }
}
