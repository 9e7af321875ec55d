using System.Security.Claims;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Staff;

/// <summary>The staff directory: everyone reads it (assignments pick from it), administrators edit it.</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff").WithTags("Staff");
        staff.MapGet("", ListAsync)
            .AllowRoles(Roles.Staff)
            .WithSummary("The staff directory: sign-in name, display name, e-mail, roles seen, active");
        staff.MapGet("/me", Me)
            .AllowRoles(Roles.Staff)
            .WithSummary("The signed-in person, their roles and how to sign out");
        staff.MapPut("/{id}", SaveAsync)
            .AllowRoles(Roles.Administrator)
            .WithSummary("Add a person or change their display name, e-mail, roles or whether they are active")
            .Accepts<StaffMemberBody>("application/json")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<StaffMember>>> ListAsync(StaffDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.ListAsync(ct));

    private static Ok<SignedInStaff> Me(ClaimsPrincipal user, IConfiguration configuration) => TypedResults.Ok(new SignedInStaff(
        user.Identity!.Name!,
        user.FindFirst("name")?.Value ?? user.Identity!.Name!,
        user.FindAll(ClientPrincipalAuthentication.RoleClaim).Select(c => c.Value).Where(Roles.All.Contains).ToList(),
        DevelopmentSignIn.IsEnabled(configuration) ? DevelopmentSignIn.SignOutPath : "/.auth/logout?post_logout_redirect_uri=/staff"));

    private static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> SaveAsync(string id, HttpContext context, StaffDirectory directory, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<StaffMemberBody>(context, ct);
        if (problem is not null) return problem;
        var english = Problem.PrefersEnglish(context);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(id) || id.Length > 256) errors["id"] = [FieldMessages.For("too-long", english)];
        if (body!.DisplayName is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > 100))
            errors["displayName"] = [FieldMessages.For(string.IsNullOrWhiteSpace(name) ? "required" : "too-long", english)];
        if (body.Email is { Length: > 0 } email && !StaffDirectory.IsEmail(email.Trim())) errors["email"] = [FieldMessages.For("email", english)];
        if (body.Roles is { } roles && roles.Any(r => !Roles.All.Contains(r))) errors["roles"] = [FieldMessages.For("staff-roles", english)];
        if (errors.Count > 0) return Problem.Validation(context, errors);
        return TypedResults.Ok(await directory.SaveAsync(id, body, ct));
    }
}
