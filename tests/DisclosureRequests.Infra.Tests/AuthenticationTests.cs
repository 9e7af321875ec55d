namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class AuthenticationTests(CompiledInfrastructure infrastructure)
{
    private TemplateResource AuthSettings =>
        Assert.Single(infrastructure.Template.All("Microsoft.Web/sites/config"), c => c.LeafNames().Contains("authsettingsV2"));

    [Fact]
    public void App_service_authentication_is_enabled_with_entra_id()
    {
        var entra = AuthSettings.Properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory");

        Assert.True(AuthSettings.Properties.GetProperty("platform").GetProperty("enabled").GetBoolean());
        Assert.True(entra.GetProperty("enabled").GetBoolean());
        Assert.Equal("[parameters('entraClientId')]",
            AuthSettings.Scope.ResolveString(entra.GetProperty("registration").GetProperty("clientId")));
    }

    [Fact]
    public void Entra_issuer_is_the_tenant_on_the_clouds_login_endpoint()
    {
        var issuer = AuthSettings.Properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory")
            .GetProperty("registration").GetProperty("openIdIssuer").GetString();

        Assert.Equal("[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, parameters('entraTenantId'))]", issuer);
    }

    [Fact]
    public void Anonymous_callers_reach_the_app_which_enforces_officer_roles_itself()
    {
        var validation = AuthSettings.Properties.GetProperty("globalValidation");

        Assert.False(validation.GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("AllowAnonymous", validation.GetProperty("unauthenticatedClientAction").GetString());
    }

    [Fact]
    public void Token_store_is_on_and_https_is_required()
    {
        Assert.True(AuthSettings.Properties.GetProperty("login").GetProperty("tokenStore").GetProperty("enabled").GetBoolean());
        Assert.True(AuthSettings.Properties.GetProperty("httpSettings").GetProperty("requireHttps").GetBoolean());
    }
}
