using System.Text.Json;

namespace DisclosureRequests.Infra.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class BicepDiagnosticsTests(CompiledInfrastructure infrastructure)
{
    [Fact]
    public void Main_template_compiles_without_errors_or_warnings()
    {
        var build = infrastructure.Build;

        Assert.True(build.ExitCode == 0, $"{build.CommandLine} exited with {build.ExitCode}:\n{build.StandardError}");
        Assert.Empty(build.Diagnostics(includeStandardOutput: false).Select(d => d.ToString()));
        Assert.Empty(build.UnrecognisedLines(includeStandardOutput: false));
    }

    [Fact]
    public void Every_bicep_file_lints_without_errors_or_warnings()
    {
        var lint = infrastructure.Lint;

        Assert.True(lint.ExitCode == 0, $"{lint.CommandLine} exited with {lint.ExitCode}:\n{lint.StandardError}");
        Assert.Empty(lint.Diagnostics(includeStandardOutput: true).Select(d => d.ToString()));
        Assert.Empty(lint.UnrecognisedLines(includeStandardOutput: true));
    }

    // Proves the pipeline above can see a warning at all: same CLI, same linter configuration, same parser.
    [Fact]
    public void Linter_reports_an_unused_parameter_as_a_warning()
    {
        var folder = Directory.CreateTempSubdirectory("bicep-lint-");
        try
        {
            File.Copy(infrastructure.PathOf("infra/bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            File.WriteAllText(Path.Combine(folder.FullName, "unused.bicep"), "param neverUsed string\n");

            var lint = infrastructure.Bicep.Run(folder.FullName, "lint", "unused.bicep");

            var diagnostic = Assert.Single(lint.Diagnostics(includeStandardOutput: true));
            Assert.Equal(("Warning", "no-unused-params"), (diagnostic.Level, diagnostic.Code));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("no-unused-params")]
    [InlineData("no-unused-vars")]
    [InlineData("no-hardcoded-env-urls")]
    [InlineData("no-hardcoded-location")]
    [InlineData("outputs-should-not-contain-secrets")]
    [InlineData("secure-secrets-in-params")]
    [InlineData("use-secure-value-for-secure-inputs")]
    [InlineData("use-resource-symbol-reference")]
    public void Linter_rule_is_enabled_at_warning_or_above(string rule)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(infrastructure.PathOf("infra/bicepconfig.json")));
        var core = config.RootElement.GetProperty("analyzers").GetProperty("core");

        Assert.True(core.GetProperty("enabled").GetBoolean());
        Assert.Contains(core.GetProperty("rules").GetProperty(rule).GetProperty("level").GetString(), new[] { "warning", "error" });
    }
}
