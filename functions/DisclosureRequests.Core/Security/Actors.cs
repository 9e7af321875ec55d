using System.Security.Claims;
using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Security;

public static class Actors
{
    /// <summary>The signed-in officer as the workflow sees them: their sign-in name and their app roles.</summary>
    public static Actor Officer(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("An officer route ran without a signed-in officer."),
            user.FindAll(ClientPrincipalAuthentication.RoleClaim).Select(c => c.Value).ToHashSet());
}
