using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using DisclosureRequests.Functions.Hosting;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Hosting;

/// <summary>Unzips the deployment package (infra/package) and holds it against the function catalog and handlers.</summary>
public sealed class PackageTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static readonly Lazy<string> Package = new(Build);

    [Fact]
    public void Every_packaged_function_has_a_handler_in_code_and_every_handler_is_packaged()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var packaged = zip.Entries.Where(e => e.FullName.EndsWith("/function.json") && e.FullName.Count(c => c == '/') == 1)
            .Select(e => e.FullName.Split('/')[0]).Order().ToArray();
        var handlers = app.Services.GetServices<IFunctionHandler>().Select(h => h.FunctionName).Append(FunctionCatalog.Api).Order().ToArray();

        Assert.Equal(FunctionCatalog.All.Select(f => f.Name).Order(), packaged);
        Assert.Equal(packaged, handlers);
        foreach (var function in FunctionCatalog.All)
        {
            var json = JsonNode.Parse(Read(zip, $"{function.Name}/function.json"))!;
            Assert.Equal(function.Trigger.Bindings().ToJsonString(), json["bindings"]!.ToJsonString());
        }
    }

    [Fact]
    public void The_package_carries_host_json_and_an_executable_linux_handler_it_names()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var host = JsonNode.Parse(Read(zip, "host.json"))!;
        var handler = host["customHandler"]!;
        Assert.True(handler["enableProxyingHttpRequest"]!.GetValue<bool>());
        var executable = handler["description"]!["defaultExecutablePath"]!.GetValue<string>();
        var entry = zip.GetEntry(executable);
        Assert.NotNull(entry);
        Assert.True(((entry!.ExternalAttributes >> 16) & 0b001_001_001) != 0, "the handler must be executable");
        Assert.NotNull(zip.GetEntry("handler/libhostfxr.so"));
        var api = JsonNode.Parse(Read(zip, "Api/function.json"))!["bindings"]![0]!;
        Assert.Equal("{*route}", api["route"]!.GetValue<string>());
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string Build()
    {
        var zip = Path.Combine(RepositoryRoot.Path, "artifacts", "package", "disclosure-requests.zip");
        if (File.Exists(zip)) return zip;
        using var package = Process.Start(new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "infra", "package")]) { RedirectStandardOutput = true })!;
        package.StandardOutput.ReadToEnd();
        package.WaitForExit();
        Assert.True(package.ExitCode == 0, "infra/package failed");
        return zip;
    }
}
