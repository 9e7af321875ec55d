using System.Text.Json;

namespace DisclosureRequests.Infra.Tests;

/// <summary>
/// Compiles and lints infra/ once for all tests: <c>bicep build infra/main.bicep --stdout</c> and
/// <c>bicep lint --pattern infra/**/*.bicep</c>, both from the repository root.
/// </summary>
public sealed class CompiledInfrastructure : IDisposable
{
    public const string MainTemplate = "infra/main.bicep";
    public const string AllTemplates = "infra/**/*.bicep";

    private readonly Lazy<JsonDocument> document;

    public CompiledInfrastructure()
    {
        RepositoryRoot = Tests.RepositoryRoot.Locate();
        Bicep = BicepCli.FromNuGetPackage();
        Build = Bicep.Run(RepositoryRoot, "build", MainTemplate, "--stdout");
        Lint = Bicep.Run(RepositoryRoot, "lint", "--pattern", AllTemplates);
        document = new Lazy<JsonDocument>(() =>
        {
            Assert.True(Build.ExitCode == 0, $"{Build.CommandLine} failed:\n{Build.StandardError}");
            return JsonDocument.Parse(Build.StandardOutput);
        });
    }

    public string RepositoryRoot { get; }

    public BicepCli Bicep { get; }

    public BicepRun Build { get; }

    public BicepRun Lint { get; }

    /// <summary>The compiled ARM JSON of main.bicep.</summary>
    public TemplateScope Template => new(document.Value.RootElement);

    /// <summary>The compiled ARM JSON as text, for checks that must hold anywhere in it.</summary>
    public string TemplateText => Build.StandardOutput;

    public string PathOf(string relativePath) => Path.Combine(RepositoryRoot, relativePath);

    public void Dispose()
    {
        if (document.IsValueCreated)
        {
            document.Value.Dispose();
        }
    }
}
