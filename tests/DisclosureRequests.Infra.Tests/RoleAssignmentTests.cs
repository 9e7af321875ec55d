namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class RoleAssignmentTests(CompiledInfrastructure infrastructure)
{
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    [Theory]
    [InlineData(StorageBlobDataOwner)]
    [InlineData(StorageQueueDataContributor)]
    [InlineData(StorageTableDataContributor)]
    public void Function_app_identity_holds_the_storage_data_role_on_the_storage_account(string roleDefinitionId)
    {
        Assert.Contains("Microsoft.Storage/storageAccounts", ScopesOf(roleDefinitionId));
    }

    [Fact]
    public void Function_app_identity_can_read_key_vault_secrets()
    {
        Assert.Contains("Microsoft.KeyVault/vaults", ScopesOf(KeyVaultSecretsUser));
    }

    [Fact]
    public void Every_role_assignment_is_for_the_function_app_identity()
    {
        var roles = infrastructure.Template.Module("roleAssignments");
        var functionApp = infrastructure.Template.Module("functionApp");

        Assert.Contains("'functionApp'", roles.ResolveString(roles.Evaluate("parameters('principalId')")));
        Assert.Matches(@"^\[reference\(resourceId\('Microsoft.Web/sites'.*'full'\)\.identity\.principalId\]$",
            functionApp.Output("principalId").GetString());
        Assert.All(infrastructure.Template.All("Microsoft.Authorization/roleAssignments"), assignment =>
        {
            Assert.Equal("[parameters('principalId')]", assignment.Properties.GetProperty("principalId").GetString());
            Assert.Equal("ServicePrincipal", assignment.Properties.GetProperty("principalType").GetString());
        });
    }

    private IReadOnlyList<string> ScopesOf(string roleDefinitionId)
    {
        var assignments = infrastructure.Template.All("Microsoft.Authorization/roleAssignments")
            .Where(a => a.LastArgumentValues(a.Properties.GetProperty("roleDefinitionId")).Contains(roleDefinitionId))
            .ToList();
        Assert.NotEmpty(assignments);
        return assignments.Select(a => ResourceType(a.Json.GetProperty("scope").GetString()!)).ToList();
    }

    private static string ResourceType(string scope) =>
        scope.Split('\'', StringSplitOptions.RemoveEmptyEntries).First(part => part.StartsWith("Microsoft.", StringComparison.Ordinal));
}
