using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Hosting;
using DisclosureRequests.Core.Reports.Orchestration;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DisclosureRequests.IntegrationTests.Hosting;

/// <summary>Unzips the deployment package (infra/package): the published isolated worker, as the Functions host loads it.</summary>
public sealed class PackageTests(SystemUnderTest app) : IClassFixture<SystemUnderTest>
{
    private static readonly Lazy<string> Package = new(Build);

    [Fact]
    public void The_package_is_the_isolated_worker_with_its_metadata_and_host_extensions()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var host = JsonNode.Parse(Read(zip, "host.json"))!;
        var worker = JsonNode.Parse(Read(zip, "worker.config.json"))!["description"]!;

        Assert.Null(host["customHandler"]);
        Assert.Null(host["extensionBundle"]);
        Assert.Equal("dotnet-isolated", worker["language"]!.GetValue<string>());
        Assert.NotNull(zip.GetEntry(worker["defaultWorkerPath"]!.GetValue<string>()));
        Assert.NotNull(zip.GetEntry("functions.metadata"));
        // The queue trigger's and the orchestrations' host extensions travel with the app: there is no extension bundle.
        Assert.Contains("AzureStorageQueues", Read(zip, "extensions.json"));
        Assert.Contains(zip.Entries, e => e.FullName == ".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll");
        Assert.Contains("DurableTask", Read(zip, "extensions.json"));
        Assert.Contains(zip.Entries, e => e.FullName == ".azurefunctions/Microsoft.Azure.WebJobs.Extensions.DurableTask.dll");
    }

    [Fact]
    public void The_case_and_annual_report_orchestrations_and_their_activities_are_packaged_in_the_task_hub_the_app_setting_names()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var durable = JsonNode.Parse(Read(zip, "functions.metadata"))!.AsArray()
            .Select(f => (Name: f!["name"]!.GetValue<string>(), Trigger: f["bindings"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()).First(t => t.EndsWith("Trigger"))))
            .Where(f => f.Trigger is "orchestrationTrigger" or "activityTrigger")
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        var hub = JsonNode.Parse(Read(zip, "host.json"))!["extensions"]!["durableTask"]!["hubName"]!.GetValue<string>();

        (string, string)[] expected =
        [
            (CaseOrchestration.Name, "orchestrationTrigger"), (CaseStepActivity.Name, "activityTrigger"),
            (CaseTimerActivity.Name, "activityTrigger"), (CaseOutboxActivity.Name, "activityTrigger"),
            (AnnualReportOrchestration.Name, "orchestrationTrigger"), (AnnualReportBeginActivity.Name, "activityTrigger"),
            (AnnualReportChunkActivity.Name, "activityTrigger"), (AnnualReportFinishActivity.Name, "activityTrigger"),
        ];
        Assert.Equal(expected.OrderBy(f => f.Item1, StringComparer.Ordinal), durable);
        Assert.Equal("%TaskHubName%", hub);
    }

    [Fact]
    public void Every_timer_and_queue_function_of_the_catalog_is_packaged_with_a_handler_in_code()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var packaged = JsonNode.Parse(Read(zip, "functions.metadata"))!.AsArray()
            .Where(f => f!["bindings"]!.AsArray().Any(b => b!["type"]!.GetValue<string>() is "timerTrigger" or "queueTrigger"))
            .Select(f => f!["name"]!.GetValue<string>())
            .Order();
        var handlers = app.Services.GetServices<IFunctionHandler>().Select(h => h.FunctionName).Order();

        Assert.Equal(FunctionCatalog.Triggered.Select(f => f.Name).Order(), packaged);
        Assert.Equal(packaged, handlers);
    }

    [Fact]
    public void The_packaged_http_functions_have_no_route_prefix_so_the_pages_stay_at_the_root()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var routes = FunctionRoutes.Read(zip);

        Assert.Equal("", routes.RoutePrefix);
        Assert.Equal("{root:maxlength(0)?}", routes.Templates["ApplicationPage"]);
        Assert.Equal("track", routes.Templates["TrackingPage"]);
        Assert.Equal("assets/{file}", routes.Templates["PageAssets"]);
    }

    [Theory]
    [InlineData("GET", "/", "ApplicationPage")]
    [InlineData("GET", "/track", "TrackingPage")]
    [InlineData("HEAD", "/assets/site.css", "PageAssets")]
    [InlineData("GET", "/staff", "StaffWorklistPage")]
    [InlineData("POST", "/staff/dev-sign-in", "DevelopmentSignIn")]
    [InlineData("POST", "/api/requests", "FileApplication")]
    [InlineData("GET", "/api/requests/0123/letters/acknowledgement-1", "ApplicantLetter")]
    [InlineData("GET", "/api/staff/me", "SignedInStaff")]
    [InlineData("POST", "/track", null)]
    [InlineData("GET", "/tracking", null)]
    [InlineData("GET", "/assets/a/b.js", null)]
    [InlineData("GET", "/index.html", null)]
    [InlineData("POST", "/DeadlineSweep", null)]
    public void The_host_forwards_a_request_to_the_one_function_whose_route_matches(string method, string path, string? function)
    {
        using var zip = ZipFile.OpenRead(Package.Value);

        Assert.Equal(function is null ? Array.Empty<string>() : new[] { function }, FunctionRoutes.Read(zip).Matching(method, path));
    }

    [Fact]
    public void Every_route_the_app_serves_is_reachable_through_exactly_one_packaged_http_function()
    {
        using var zip = ZipFile.OpenRead(Package.Value);
        var routes = FunctionRoutes.Read(zip);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToArray();

        Assert.NotEmpty(endpoints);
        var unreachable = endpoints
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Path: SamplePath(e.RoutePattern.RawText!))))
            .Where(r => routes.Matching(r.Method, r.Path).Count != 1)
            .Select(r => $"{r.Method} {r.Path}: {string.Join(", ", routes.Matching(r.Method, r.Path))}")
            .ToArray();
        Assert.Empty(unreachable);
    }

    private static string SamplePath(string template) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(template.Trim('/'), @"\{\*?([A-Za-z]+)[^}]*\}", m => m.Groups[1].Value switch
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
