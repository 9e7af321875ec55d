namespace DisclosureRequests.Core.Security;

/// <summary>
/// Endpoint metadata naming who may call a route: empty means anyone. The role-matrix test reads it, so the rule that
/// is enforced and the rule that is tested are the same object.
/// </summary>
public sealed record AllowedRoles(IReadOnlyList<string> Roles)
{
    public bool Anyone => Roles.Count == 0;
}
