using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
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
        var handlers = app.Services.GetServices<IFunctionHandler>().Select(h => h.FunctionName)
            .Concat(FunctionCatalog.Http.Select(f => f.Name)).Order().ToArray();

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
    }

    [Fact]
    public void The_packaged_http_functions_route_the_api_and_the_citizen_pages_with_no_route_prefix()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var routes = FunctionRoutes.Read(zip);

        Assert.Equal("", routes.RoutePrefix);
        Assert.Equal(new Dictionary<string, string>
        {
            [FunctionCatalog.Api] = "api/{*route}",
            [FunctionCatalog.ApplicationPage] = "{root:maxlength(0)?}",
            [FunctionCatalog.TrackingPage] = "track",
            [FunctionCatalog.PageAssets] = "assets/{file}",
            [FunctionCatalog.StaffPages] = "staff/{*path}",
        }, routes.Templates);
    }

    [Theory]
    [InlineData("GET", "/", FunctionCatalog.ApplicationPage)]
    [InlineData("GET", "/track", FunctionCatalog.TrackingPage)]
    [InlineData("HEAD", "/assets/site.css", FunctionCatalog.PageAssets)]
    [InlineData("GET", "/staff", FunctionCatalog.StaffPages)]
    [InlineData("POST", "/staff/dev-sign-in", FunctionCatalog.StaffPages)]
    [InlineData("POST", "/api/requests", FunctionCatalog.Api)]
    [InlineData("GET", "/api/requests/0123/letters/acknowledgement-1", FunctionCatalog.Api)]
    [InlineData("POST", "/track", null)]
    [InlineData("GET", "/tracking", null)]
    [InlineData("GET", "/assets/a/b.js", null)]
    [InlineData("GET", "/index.html", null)]
    public void The_host_forwards_a_request_to_the_one_function_whose_route_matches(string method, string path, string? function)
    {
        using var zip = ZipFile.OpenRead(Package.Value);

        Assert.Equal(function is null ? Array.Empty<string>() : new[] { function }, FunctionRoutes.Read(zip).Matching(method, path));
    }

    [Fact]
    public void Every_route_the_app_serves_is_reachable_through_a_packaged_http_function()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var routes = FunctionRoutes.Read(zip);
        var invocations = FunctionCatalog.Triggered.Select(f => "/" + f.Name).ToHashSet();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !invocations.Contains("/" + e.RoutePattern.RawText!.TrimStart('/')))
            .ToArray();

        Assert.NotEmpty(endpoints);
        var unreachable = endpoints
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Path: SamplePath(e.RoutePattern.RawText!))))
            .Where(r => routes.Matching(r.Method, r.Path).Count != 1)
            .Select(r => $"{r.Method} {r.Path}")
            .ToArray();
        Assert.Empty(unreachable);
    }

    [Fact]
    public void No_http_function_route_matches_the_path_at_which_the_host_invokes_a_triggered_function()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var routes = FunctionRoutes.Read(zip);
        var methods = new[] { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

        Assert.NotEmpty(FunctionCatalog.Triggered);
        var reachable = FunctionCatalog.Triggered
            .SelectMany(f => new[] { "/" + f.Name, "/" + f.Name.ToLowerInvariant(), "/" + f.Name.ToUpperInvariant(), "/" + f.Name + "/" })
            .SelectMany(path => methods.Select(method => (method, path)))
            .Where(r => routes.Matching(r.method, r.path).Count > 0)
            .Select(r => $"{r.method} {r.path} -> {string.Join(", ", routes.Matching(r.method, r.path))}")
            .ToArray();
        Assert.Empty(reachable);
    }

    private static string SamplePath(string template) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(template.TrimStart('/'), @"\{\*?([A-Za-z]+)[^}]*\}", m => m.Groups[1].Value switch
        {
            "id" => new string('0', 32),
            "year" => "2025",
            "file" => "site.css",
            _ => "sample",
        });

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
