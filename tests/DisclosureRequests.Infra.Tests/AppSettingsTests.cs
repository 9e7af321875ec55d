using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed partial class AppSettingsTests(CompiledInfrastructure infrastructure)
{
    private Dictionary<string, string> Settings
    {
        get
        {
            var site = infrastructure.Template.Single("Microsoft.Web/sites");
            var settings = site.Scope.Resolve(site.Properties.GetProperty("siteConfig").GetProperty("appSettings"));
            return settings.EnumerateArray().ToDictionary(
                setting => setting.GetProperty("name").GetString()!,
                setting => site.Scope.ResolveString(setting.GetProperty("value")));
        }
    }

    [Fact]
    public void Host_storage_connection_uses_the_managed_identity()
    {
        Assert.Equal("managedidentity", Settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("outputs.name.value", Settings["AzureWebJobsStorage__accountName"]);
        Assert.DoesNotContain("AzureWebJobsStorage", Settings.Keys);
    }

    [Fact]
    public void No_app_setting_holds_a_storage_key_or_connection_string()
    {
        Assert.All(Settings, setting =>
        {
            Assert.DoesNotContain("AccountKey=", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(StorageKeyShape(), setting.Value);
        });
    }

    [Theory]
    [InlineData("listKeys(")]
    [InlineData("listAccountSas(")]
    [InlineData("listServiceSas(")]
    [InlineData("AccountKey=")]
    [InlineData("DefaultEndpointsProtocol")]
    public void Compiled_template_never_reads_or_writes_keys(string forbidden)
    {
        Assert.DoesNotContain(forbidden, infrastructure.TemplateText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SendGrid_key_is_a_key_vault_reference_to_the_vault_secret()
    {
        var keyVault = infrastructure.Template.Module("keyVault");

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('sendGridSecretUri'))]", Settings["SendGrid__ApiKey"]);
        Assert.Contains("'keyVault'", infrastructure.Template.Module("functionApp").ResolveString(
            JsonSerializer.SerializeToElement("[parameters('sendGridSecretUri')]")));
        Assert.Matches(@"Microsoft\.KeyVault/vaults/secrets.*'SendGrid-ApiKey'.*\)\.secretUri\]$",
            keyVault.Output("sendGridSecretUri").GetString());
    }

    [Fact]
    public void Access_code_key_is_a_key_vault_reference_to_the_vault_secret()
    {
        var keyVault = infrastructure.Template.Module("keyVault");

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('accessCodeKeySecretUri'))]", Settings["Security__AccessCodeKey"]);
        Assert.Matches(@"Microsoft\.KeyVault/vaults/secrets.*'AccessCode-Key'.*\)\.secretUri\]$",
            keyVault.Output("accessCodeKeySecretUri").GetString());
    }

    [Fact]
    public void Every_instance_signs_release_links_with_the_key_from_the_vault()
    {
        var keyVault = infrastructure.Template.Module("keyVault");

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('releaseLinkSecretUri'))]", Settings["Security__LinkSigningKey"]);
        Assert.Contains("'keyVault'", infrastructure.Template.Module("functionApp").ResolveString(
            JsonSerializer.SerializeToElement("[parameters('releaseLinkSecretUri')]")));
        Assert.Matches(@"Microsoft\.KeyVault/vaults/secrets.*'Release-Link-Key'.*\)\.secretUri\]$",
            keyVault.Output("releaseLinkSecretUri").GetString());
    }

    [Fact]
    public void Worker_runtime_is_not_set_as_an_app_setting_on_flex_consumption()
    {
        // Flex Consumption rejects these settings; the runtime is declared in functionAppConfig.runtime instead.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", Settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", Settings.Keys);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", Settings.Keys);
    }

    [Fact]
    public void App_receives_sender_agency_and_client_principal_settings()
    {
        Assert.Equal("[parameters('senderAddress')]", Settings["Mail__From"]);
        Assert.Equal("[parameters('agencyName')]", Settings["Mail__FromName"]);
        Assert.Equal("[parameters('agencyName')]", Settings["Agency__Name"]);
        Assert.Equal("[parameters('agencyReferenceCode')]", Settings["Agency__ReferenceCode"]);
        Assert.Equal("[parameters('reconsiderationBody')]", Settings["Agency__ReconsiderationBody"]);
        Assert.Equal("true", Settings["Auth__TrustClientPrincipalHeader"]);
        // The development sign-in would let anyone pick their roles: never in Azure.
        Assert.DoesNotContain("Auth__DevelopmentSignIn", Settings.Keys);
    }

    [Fact]
    public void The_hosts_default_home_page_is_off_so_the_site_root_is_the_application_page()
    {
        Assert.Equal("true", Settings["AzureWebJobsDisableHomepage"]);
    }

    [Fact]
    public void Telemetry_goes_to_application_insights_with_entra_authentication()
    {
        var appInsights = infrastructure.Template.Single("Microsoft.Insights/components");

        Assert.Contains("ConnectionString", Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("Authorization=AAD", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.True(appInsights.Properties.GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", appInsights.Properties.GetProperty("WorkspaceResourceId").GetString());
    }

    [Fact]
    public void Each_environment_sets_its_own_task_hub_in_the_app_setting_host_json_names()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(infrastructure.PathOf("host.json")))!;
        var hubName = hostJson["extensions"]!["durableTask"]!["hubName"]!.GetValue<string>();
        var setting = AppSettingReference().Match(hubName);

        // Without the setting the host stops at startup on the unresolved name, so every deployment must set it.
        Assert.True(setting.Success, $"host.json's hubName {hubName} is not an app setting reference");
        Assert.Equal("TaskHubName", setting.Groups["name"].Value);
        Assert.Equal("[format('DisclosureRequests{0}', replace(parameters('environmentName'), '-', ''))]", Settings[setting.Groups["name"].Value]);
    }

    [GeneratedRegex("^%(?<name>[A-Za-z0-9_]+)%$")]
    private static partial Regex AppSettingReference();

    // A storage account key is 64 random bytes in base64: 86 characters and "==".
    [GeneratedRegex("[A-Za-z0-9+/]{86}==")]
    private static partial Regex StorageKeyShape();
}
