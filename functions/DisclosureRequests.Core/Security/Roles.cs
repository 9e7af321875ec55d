using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Security;

/// <summary>App roles, as Entra ID app roles and as the <c>roles</c> claims App Service Authentication forwards.</summary>
public static class Roles
{
    public const string CaseOfficer = StaffRoles.CaseOfficer;
    public const string LegalReviewer = StaffRoles.LegalReviewer;
    public const string Approver = StaffRoles.Approver;
    public const string Administrator = StaffRoles.Administrator;

    public static IReadOnlyList<string> All { get; } = [CaseOfficer, LegalReviewer, Approver, Administrator];

    /// <summary>Everyone who works the queue.</summary>
    public static IReadOnlyList<string> Officers { get; } = [CaseOfficer, LegalReviewer, Approver];

    /// <summary>Everyone on the agency's side, including administrators who read records.</summary>
    public static IReadOnlyList<string> Staff { get; } = All;
}
