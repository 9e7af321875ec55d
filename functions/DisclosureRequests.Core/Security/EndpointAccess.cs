namespace DisclosureRequests.Core.Security;

public static class EndpointAccess
{
    /// <summary>Only callers holding one of <paramref name="roles"/> get through; others get 401 or 403.</summary>
    public static TBuilder AllowRoles<TBuilder>(this TBuilder builder, params IReadOnlyList<string> roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(ClientPrincipalAuthentication.SchemeName).RequireRole(roles))
            .WithMetadata(new AllowedRoles(roles));

    /// <summary>Anyone may call; the handler may still check ownership (the access code).</summary>
    public static TBuilder AllowAnyone<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(new AllowedRoles([]));
}
