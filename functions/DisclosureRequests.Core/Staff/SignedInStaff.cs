namespace DisclosureRequests.Core.Staff;

/// <summary>Who is signed in, as the staff pages show it, and how they sign out.</summary>
public sealed record SignedInStaff(string Id, string DisplayName, IReadOnlyList<string> Roles, string SignOut);
