using System.Text.Json;

namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class AppRolesManifestTests(CompiledInfrastructure infrastructure)
{
    private JsonElement[] Roles
    {
        get
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(infrastructure.PathOf("infra/app-roles.json")));
            return manifest.RootElement.EnumerateArray().Select(role => role.Clone()).ToArray();
        }
    }

    [Fact]
    public void Manifest_defines_exactly_the_four_officer_roles_the_app_checks()
    {
        Assert.Equal(
            ["Administrator", "Approver", "CaseOfficer", "LegalReviewer"],
            Roles.Select(role => role.GetProperty("value").GetString()).Order());
    }

    // Fixed ids let the deploy script update an existing registration: Entra refuses to drop an enabled role.
    [Fact]
    public void Every_role_has_its_own_fixed_id_and_is_assignable_to_users()
    {
        Assert.All(Roles, role =>
        {
            Assert.True(Guid.TryParse(role.GetProperty("id").GetString(), out _));
            Assert.Equal(["User"], role.GetProperty("allowedMemberTypes").EnumerateArray().Select(t => t.GetString()));
            Assert.True(role.GetProperty("isEnabled").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(role.GetProperty("displayName").GetString()));
        });
        Assert.Equal(Roles.Length, Roles.Select(role => role.GetProperty("id").GetString()).Distinct().Count());
    }
}
