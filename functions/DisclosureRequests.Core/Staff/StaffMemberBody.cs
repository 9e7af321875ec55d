namespace DisclosureRequests.Core.Staff;

/// <summary>What an administrator sets of a person in the directory.</summary>
public sealed record StaffMemberBody(string? DisplayName, string? Email, IReadOnlyList<string>? Roles, bool? Active);
