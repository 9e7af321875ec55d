using System.Reflection;
using System.Security.Cryptography;

namespace DisclosureRequests.Core.Pages;

/// <summary>
/// The citizens' pages, embedded in the app's assembly (Pages/Site), so the standalone app and the packaged handler
/// serve the same files with no web root to ship or to find.
/// </summary>
public sealed class PageFiles
{
    private const string ResourcePrefix = "DisclosureRequests.Core.Pages.Site.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, PageFile> files;

    public PageFiles()
    {
        var assembly = typeof(PageFiles).Assembly;
        files = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(r => Load(assembly, r, r[ResourcePrefix.Length..]))
            .ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public IEnumerable<string> Names => files.Keys;

    public PageFile? Find(string name) => files.GetValueOrDefault(name);

    private static PageFile Load(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        return new PageFile(name, content, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12))}\"");
    }
}
