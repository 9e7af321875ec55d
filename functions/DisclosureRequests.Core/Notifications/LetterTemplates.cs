using System.Collections.Concurrent;
using Fluid;

namespace DisclosureRequests.Core.Notifications;

/// <summary>The Liquid templates embedded in the app (<c>Notifications/Templates</c>), parsed once each.</summary>
internal static class LetterTemplates
{
    public const string HtmlLayout = "_letter.html.liquid";
    public const string TextLayout = "_letter.txt.liquid";

    private static readonly FluidParser Parser = new();
    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new();

    public static IFluidTemplate Get(string name) => Parsed.GetOrAdd(name, Load);

    private static IFluidTemplate Load(string name)
    {
        var resource = "DisclosureRequests.Core.Notifications.Templates." + name;
        using var stream = typeof(LetterTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new LetterNotComposableException($"No letter template {name}.");
        using var reader = new StreamReader(stream);
        return Parser.TryParse(reader.ReadToEnd(), out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Letter template {name} does not parse: {error}");
    }
}
