using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DisclosureRequests.IntegrationTests.Hosting;

/// <summary>
/// The HTTP functions of a deployment package as the Functions host routes them: host.json's route prefix joined to
/// each function's route, matched by ASP.NET Core's template routing with inline constraints, as the host does.
/// </summary>
public sealed class FunctionRoutes
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddRouting().BuildServiceProvider();

    private readonly IReadOnlyList<(string Function, string Template, string[] Methods)> routes;

    private FunctionRoutes(string routePrefix, IReadOnlyList<(string Function, string Template, string[] Methods)> routes)
    {
        RoutePrefix = routePrefix;
        this.routes = routes;
    }

    public string RoutePrefix { get; }

    public IReadOnlyDictionary<string, string> Templates => routes.ToDictionary(r => r.Function, r => r.Template);

    /// <summary>The HTTP functions of the package's functions.metadata (written from the worker's [Function] attributes).</summary>
    public static FunctionRoutes Read(ZipArchive package)
    {
        var prefix = JsonNode.Parse(Read(package, "host.json"))!["extensions"]!["http"]!["routePrefix"]!.GetValue<string>();
        var routes = new List<(string, string, string[])>();
        foreach (var function in JsonNode.Parse(Read(package, "functions.metadata"))!.AsArray())
        {
            var trigger = function!["bindings"]!.AsArray().SingleOrDefault(b => b!["type"]!.GetValue<string>() == "httpTrigger");
            if (trigger is null) continue;
            var route = trigger["route"]!.GetValue<string>();
            var methods = trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()).ToArray();
            routes.Add((function["name"]!.GetValue<string>(), prefix.Length == 0 ? route : prefix + "/" + route, methods));
        }
        return new FunctionRoutes(prefix, routes);
    }

    /// <summary>The HTTP functions the host would forward this request to.</summary>
    public IReadOnlyList<string> Matching(string method, string path) =>
        routes.Where(r => r.Methods.Contains(method, StringComparer.OrdinalIgnoreCase) && Matches(r.Template, path)).Select(r => r.Function).ToArray();

    private static bool Matches(string template, string path)
    {
        var resolver = new DefaultInlineConstraintResolver(Options.Create(new RouteOptions()), Services);
        var route = new Route(new Target(), template, resolver);
        var context = new RouteContext(new DefaultHttpContext { RequestServices = Services, Request = { Path = path } });
        route.RouteAsync(context).GetAwaiter().GetResult();
        return context.Handler is not null;
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private sealed class Target : IRouter
    {
        public Task RouteAsync(RouteContext context)
        {
            context.Handler = _ => Task.CompletedTask;
            return Task.CompletedTask;
        }

        public VirtualPathData? GetVirtualPath(VirtualPathContext context) => null;
    }
}
