namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class KeyVaultTests(CompiledInfrastructure infrastructure)
{
    [Fact]
    public void Key_vault_grants_access_by_rbac_and_keeps_deleted_secrets_recoverable()
    {
        var vault = infrastructure.Template.Single("Microsoft.KeyVault/vaults").Properties;

        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.True(vault.GetProperty("enableSoftDelete").GetBoolean());
        Assert.True(vault.GetProperty("enablePurgeProtection").GetBoolean());
        Assert.False(vault.TryGetProperty("accessPolicies", out _));
    }

    [Fact]
    public void SendGrid_key_reaches_the_vault_only_through_secure_parameters()
    {
        var keyVault = infrastructure.Template.Module("keyVault");
        var secret = infrastructure.Template.All("Microsoft.KeyVault/vaults/secrets").Single(s => s.LeafNames().SequenceEqual(["SendGrid-ApiKey"]));

        Assert.Equal("securestring", infrastructure.Template.Parameter("sendGridApiKey").GetProperty("type").GetString());
        Assert.Equal("securestring", keyVault.Parameter("sendGridApiKey").GetProperty("type").GetString());
        Assert.Equal("[parameters('sendGridApiKey')]", secret.Properties.GetProperty("value").GetString());
    }

    [Fact]
    public void Access_code_key_reaches_the_vault_only_through_secure_parameters()
    {
        var keyVault = infrastructure.Template.Module("keyVault");
        var secret = infrastructure.Template.All("Microsoft.KeyVault/vaults/secrets").Single(s => s.LeafNames().SequenceEqual(["AccessCode-Key"]));

        Assert.Equal("securestring", infrastructure.Template.Parameter("accessCodeKey").GetProperty("type").GetString());
        Assert.Equal("securestring", keyVault.Parameter("accessCodeKey").GetProperty("type").GetString());
        Assert.Equal("[parameters('accessCodeKey')]", secret.Properties.GetProperty("value").GetString());
    }

    [Fact]
    public void Release_link_key_reaches_the_vault_only_through_secure_parameters()
    {
        var keyVault = infrastructure.Template.Module("keyVault");
        var secret = infrastructure.Template.All("Microsoft.KeyVault/vaults/secrets").Single(s => s.LeafNames().SequenceEqual(["Release-Link-Key"]));

        Assert.Equal("securestring", infrastructure.Template.Parameter("releaseLinkKey").GetProperty("type").GetString());
        Assert.Equal("securestring", keyVault.Parameter("releaseLinkKey").GetProperty("type").GetString());
        Assert.Equal("[parameters('releaseLinkKey')]", secret.Properties.GetProperty("value").GetString());
    }

    [Fact]
    public void No_secure_parameter_has_a_default_value()
    {
        var secureParameters = infrastructure.Template.Json.GetProperty("parameters").EnumerateObject()
            .Where(p => p.Value.GetProperty("type").GetString() == "securestring")
            .ToList();

        Assert.NotEmpty(secureParameters);
        Assert.All(secureParameters, p => Assert.False(p.Value.TryGetProperty("defaultValue", out _), p.Name));
    }
}
