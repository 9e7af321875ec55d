namespace DisclosureRequests.Core.Staff;

/// <summary>Who to be, locally: a sign-in name (an e-mail address), the name shown, and the app roles.</summary>
public sealed record DevelopmentSignInBody(string? Id, string? DisplayName, IReadOnlyList<string>? Roles);
