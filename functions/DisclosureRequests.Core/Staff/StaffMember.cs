namespace DisclosureRequests.Core.Staff;

/// <summary>
/// One person of the agency as the directory knows them: the sign-in name (<see cref="Id"/>, usually the work e-mail),
/// the name letters and pages show, where reminders go, the app roles last seen on their sign-in (or granted by an
/// administrator before it), and whether they still work cases.
/// </summary>
public sealed record StaffMember(
    string Id,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Roles,
    bool Active,
    DateTimeOffset? LastSignedInAt)
{
    public bool Holds(string role) => Active && Roles.Contains(role);
}
