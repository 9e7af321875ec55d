using System.Globalization;
using Fluid;
using Fluid.Values;

namespace DisclosureRequests.Core.Notifications;

/// <summary>The Liquid filters the letter templates use.</summary>
internal static class LetterFilters
{
    public static void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("cn_date", ChineseDate);
        options.Filters.AddFilter("quoted_sentence", QuotedSentence);
    }

    /// <summary>
    /// What someone wrote, quoted as the end of a sentence: “…”。 — or, where their text already ends a sentence,
    /// “…。” alone, so the letter never prints 。”。
    /// </summary>
    public static string QuotedSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && "。！？!?".Contains(trimmed[^1]) ? $"“{trimmed}”" : $"“{trimmed}”。";
    }

    private static ValueTask<FluidValue> QuotedSentence(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(QuotedSentence(input.ToStringValue())));

    /// <summary><c>2026-03-02</c> → <c>2026年3月2日</c>, as dates are written in official documents; empty stays empty.</summary>
    public static string ChineseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ChineseDate(date)
            : value;

    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    // A letter never prints an empty or garbled date: a template must word a date that is not known without one.
    private static ValueTask<FluidValue> ChineseDate(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        DateOnly.TryParseExact(input.ToStringValue(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? new(new StringValue(ChineseDate(input.ToStringValue())))
            : throw new LetterNotComposableException($"A template printed the date '{input.ToStringValue()}', which is not a date.");
}
