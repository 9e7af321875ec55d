using System.Globalization;
using Fluid;
using Fluid.Values;

namespace DisclosureRequests.Functions.Notifications;

/// <summary>The Liquid filters the letter templates use.</summary>
internal static class LetterFilters
{
    public static void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("cn_date", ChineseDate);
        options.Filters.AddFilter("lines", Lines);
    }

    /// <summary><c>2026-03-02</c> → <c>2026年3月2日</c>, as dates are written in official documents; empty stays empty.</summary>
    public static string ChineseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : value;

    private static ValueTask<FluidValue> ChineseDate(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(ChineseDate(input.ToStringValue())));

    /// <summary>A multi-line Data value as its non-empty lines.</summary>
    private static ValueTask<FluidValue> Lines(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new ArrayValue(input.ToStringValue()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (FluidValue)new StringValue(line))
            .ToArray()));
}
