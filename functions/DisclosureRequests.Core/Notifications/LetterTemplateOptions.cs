using System.Globalization;
using System.Reflection;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Fees;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace DisclosureRequests.Core.Notifications;

/// <summary>How the letter templates see an outbox item: its records' members by their camelCase names, dates as yyyy-MM-dd.</summary>
internal static class LetterTemplateOptions
{
    public static TemplateOptions Create(Assembly templates)
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            FileProvider = new EmbeddedFileProvider(templates, "DisclosureRequests.Core.Notifications.Templates"),
        };
        options.MemberAccessStrategy.IgnoreCasing = true;
        foreach (var type in LetterContent.Kinds.Keys.Append(typeof(OutboxItem)).Append(typeof(FeeLine)).Append(typeof(WithheldPart)))
            options.MemberAccessStrategy.Register(type);
        options.ValueConverters.Add(value => value switch
        {
            // Every text is one line, so what someone typed cannot start a paragraph that reads like the agency's words.
            string text => new StringValue(OneLine(text)),
            DateOnly date => new StringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => null,
        });
        LetterFilters.Register(options);
        return options;
    }

    /// <summary>A multi-line text as its non-empty lines, each a paragraph.</summary>
    public static FluidValue Paragraphs(string text) =>
        new ArrayValue(text.Split(['\r', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (FluidValue)new StringValue(line))
            .ToArray());

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
