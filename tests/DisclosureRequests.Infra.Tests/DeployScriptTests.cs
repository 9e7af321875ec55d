using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed partial class DeployScriptTests(CompiledInfrastructure infrastructure)
{
    private string Script => File.ReadAllText(infrastructure.PathOf("infra/deploy"));

    [Fact]
    public void Deploy_script_is_valid_bash()
    {
        var check = Process.Start(new ProcessStartInfo("bash", ["-n", infrastructure.PathOf("infra/deploy")])
        {
            RedirectStandardError = true,
        })!;
        var errors = check.StandardError.ReadToEnd();
        check.WaitForExit();

        Assert.True(check.ExitCode == 0, errors);
    }

    [Fact]
    public void Deploy_script_compiles_with_the_same_bicep_version_the_tests_use()
    {
        var tested = typeof(DeployScriptTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepVersion").Value;

        Assert.Equal(tested, BicepVersionLine().Match(Script).Groups["version"].Value);
    }

    [Fact]
    public void Deploy_script_deploys_the_package_infra_package_builds()
    {
        Assert.Contains("artifacts/package/disclosure-requests.zip", Script);
        Assert.Contains("infra/app-roles.json", Script);
    }

    [Fact]
    public void Package_script_refuses_a_package_without_the_durable_task_and_queue_host_extensions()
    {
        var package = File.ReadAllText(infrastructure.PathOf("infra/package"));

        Assert.Contains(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.DurableTask.dll", package);
        Assert.Contains(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll", package);
        Assert.Contains("is missing from the published worker", package);
    }

    [Fact]
    public void SendGrid_key_never_appears_on_a_command_line()
    {
        Assert.DoesNotContain("\"$SENDGRID_API_KEY\"", Script);
        Assert.DoesNotContain("${SENDGRID_API_KEY}", Script);
        Assert.Contains("$ENV.SENDGRID_API_KEY", Script);
    }

    [Fact]
    public void Release_link_key_is_made_fresh_and_never_appears_on_a_command_line()
    {
        Assert.Contains("RELEASE_LINK_KEY=\"$(head -c 32 /dev/urandom | base64 -w0)\"", Script);
        Assert.Contains("releaseLinkKey: $ENV.RELEASE_LINK_KEY", Script);
        Assert.DoesNotContain("\"$RELEASE_LINK_KEY\"", Script);
    }

    [Fact]
    public void Deploy_script_checks_the_pages_are_served_and_no_invocation_path_is_reachable()
    {
        Assert.Contains("\"https://$host_name/\")\"", Script);
        Assert.Contains("for function in DeadlineSweep OutboxDispatch AnnualReport; do", Script);
        Assert.Contains("-X POST -H 'Content-Type: application/json' -d '{}' \"https://$host_name/$function\"", Script);
        Assert.Contains("[[ \"$status\" != 404 ]]", Script);
    }

    [GeneratedRegex("""^bicep_version="(?<version>[^"]+)"$""", RegexOptions.Multiline)]
    private static partial Regex BicepVersionLine();
}
