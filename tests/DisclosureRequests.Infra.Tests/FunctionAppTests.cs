namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class FunctionAppTests(CompiledInfrastructure infrastructure)
{
    private TemplateResource Site => infrastructure.Template.Single("Microsoft.Web/sites");

    [Fact]
    public void Function_app_runs_the_dotnet_isolated_worker_on_a_linux_flex_consumption_plan()
    {
        var plan = infrastructure.Template.Single("Microsoft.Web/serverfarms");
        var runtime = Site.Properties.GetProperty("functionAppConfig").GetProperty("runtime");

        Assert.Equal("functionapp,linux", Site.Json.GetProperty("kind").GetString());
        Assert.Equal(("FlexConsumption", "FC1"),
            (plan.Json.GetProperty("sku").GetProperty("tier").GetString(), plan.Json.GetProperty("sku").GetProperty("name").GetString()));
        Assert.True(plan.Properties.GetProperty("reserved").GetBoolean(), "a Linux plan is 'reserved'");
        // On Flex Consumption this is what FUNCTIONS_WORKER_RUNTIME=dotnet-isolated says elsewhere; the worker targets net10.0.
        Assert.Equal(("dotnet-isolated", "10.0"), (runtime.GetProperty("name").GetString(), runtime.GetProperty("version").GetString()));
    }

    [Fact]
    public void Function_app_serves_https_only_with_tls_1_2_and_http2()
    {
        var siteConfig = Site.Properties.GetProperty("siteConfig");

        Assert.True(Site.Properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("1.2", siteConfig.GetProperty("minTlsVersion").GetString());
        Assert.True(siteConfig.GetProperty("http20Enabled").GetBoolean());
    }

    [Fact]
    public void Ftp_and_basic_publishing_credentials_are_disabled()
    {
        var policies = infrastructure.Template.All("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal("Disabled", Site.Properties.GetProperty("siteConfig").GetProperty("ftpsState").GetString());
        Assert.Equal(["ftp", "scm"], policies.SelectMany(p => p.LeafNames()).Order());
        Assert.All(policies, p => Assert.False(p.Properties.GetProperty("allow").GetBoolean()));
    }

    [Fact]
    public void Function_app_has_a_system_assigned_identity()
    {
        Assert.Equal("SystemAssigned", Site.Json.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal("SystemAssigned", Site.Properties.GetProperty("keyVaultReferenceIdentity").GetString());
    }

    [Fact]
    public void Deployment_package_is_fetched_from_blob_storage_with_the_managed_identity()
    {
        var storage = Site.Properties.GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage");

        Assert.Equal("blobContainer", storage.GetProperty("type").GetString());
        Assert.Equal("SystemAssignedIdentity", storage.GetProperty("authentication").GetProperty("type").GetString());
        Assert.False(storage.GetProperty("authentication").TryGetProperty("storageAccountConnectionStringName", out _));
        Assert.EndsWith("parameters('deploymentContainerName'))]", storage.GetProperty("value").GetString());
    }

    [Fact]
    public void Main_template_outputs_the_app_name_host_name_and_storage_account()
    {
        var outputs = infrastructure.Template.Json.GetProperty("outputs");

        Assert.Contains("outputs.name.value", outputs.GetProperty("functionAppName").GetProperty("value").GetString());
        Assert.Contains("outputs.defaultHostName.value", outputs.GetProperty("functionAppHostName").GetProperty("value").GetString());
        Assert.Contains("'storage'", outputs.GetProperty("storageAccountName").GetProperty("value").GetString());
    }
}
