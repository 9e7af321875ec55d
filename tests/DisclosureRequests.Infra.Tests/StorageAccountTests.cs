namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class StorageAccountTests(CompiledInfrastructure infrastructure)
{
    private TemplateResource Account => infrastructure.Template.Single("Microsoft.Storage/storageAccounts");

    [Fact]
    public void Storage_account_is_general_purpose_v2()
    {
        Assert.Equal("StorageV2", Account.Json.GetProperty("kind").GetString());
    }

    [Fact]
    public void Storage_account_accepts_only_https_with_tls_1_2_or_later()
    {
        Assert.True(Account.Properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.Equal("TLS1_2", Account.Properties.GetProperty("minimumTlsVersion").GetString());
    }

    [Fact]
    public void Storage_account_refuses_anonymous_blob_access_and_shared_keys()
    {
        Assert.False(Account.Properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.False(Account.Properties.GetProperty("allowSharedKeyAccess").GetBoolean());
    }

    [Fact]
    public void Deleted_blobs_and_containers_stay_restorable_for_at_least_a_week()
    {
        var blobService = infrastructure.Template.Single("Microsoft.Storage/storageAccounts/blobServices").Properties;

        foreach (var policy in new[] { "deleteRetentionPolicy", "containerDeleteRetentionPolicy" })
        {
            var retention = blobService.GetProperty(policy);
            Assert.True(retention.GetProperty("enabled").GetBoolean(), $"{policy} is off");
            var days = infrastructure.Template.Module("storage").Resolve(retention.GetProperty("days")).GetInt32();
            Assert.True(days >= 7, $"{policy} keeps deleted data only {days} days");
        }
    }

    public static TheoryData<string> AppTables => new(DisclosureRequests.Core.Storage.StorageNames.Tables);
    public static TheoryData<string> AppQueues => new(DisclosureRequests.Core.Storage.StorageNames.Queues);
    public static TheoryData<string> AppContainers => new(DisclosureRequests.Core.Storage.StorageNames.Containers);

    [Theory]
    [MemberData(nameof(AppTables))]
    public void Table_the_app_uses_exists(string table)
    {
        Assert.Contains(table, Names("Microsoft.Storage/storageAccounts/tableServices/tables"));
    }

    [Theory]
    [MemberData(nameof(AppQueues))]
    public void Queue_the_app_uses_exists(string queue)
    {
        Assert.Contains(queue, Names("Microsoft.Storage/storageAccounts/queueServices/queues"));
    }

    [Theory]
    [MemberData(nameof(AppContainers))]
    public void Blob_container_the_app_uses_exists_and_is_private(string container)
    {
        Assert.Contains(container, Names("Microsoft.Storage/storageAccounts/blobServices/containers"));
        var declaration = infrastructure.Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Equal("None", declaration.Properties.GetProperty("publicAccess").GetString());
    }

    [Fact]
    public void Container_the_function_app_is_deployed_from_exists()
    {
        var site = infrastructure.Template.Single("Microsoft.Web/sites");
        var packageContainer = site.Scope.ResolveString(
            infrastructure.Template.Module("functionApp").Evaluate("parameters('deploymentContainerName')"));

        Assert.Equal("app-package", packageContainer);
        Assert.Contains(packageContainer, Names("Microsoft.Storage/storageAccounts/blobServices/containers"));
    }

    private IReadOnlyList<string> Names(string type) =>
        infrastructure.Template.All(type).SelectMany(r => r.LeafNames()).ToList();
}
