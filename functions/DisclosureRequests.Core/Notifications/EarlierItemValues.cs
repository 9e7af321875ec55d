using System.Globalization;
using DisclosureRequests.Cases;
using DisclosureRequests.Fees;

namespace DisclosureRequests.Core.Notifications;

/// <summary>The string values of an item of the earlier shape (<see cref="EarlierOutboxItem"/>), read as their types.</summary>
internal sealed class EarlierItemValues(string kind, IReadOnlyDictionary<string, string> data)
{
    public string Text(string key) => data.GetValueOrDefault(key, "");

    public string? OptionalText(string key) => string.IsNullOrWhiteSpace(Text(key)) ? null : Text(key);

    public DateOnly? Date(string key) =>
        Text(key).Length == 0 ? null
        : DateOnly.TryParseExact(Text(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Unreadable(key, "a date");

    public int Number(string key) => OptionalNumber(key) ?? throw Unreadable(key, "a number");

    public int? OptionalNumber(string key) =>
        Text(key).Length == 0 ? null
        : int.TryParse(Text(key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : throw Unreadable(key, "a number");

    public long Amount(string key) =>
        long.TryParse(Text(key), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) ? amount : throw Unreadable(key, "an amount");

    /// <summary>A list written one entry a line.</summary>
    public IReadOnlyList<string> Lines(string key) =>
        Text(key).Split(['\r', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Staff ids written comma-separated.</summary>
    public IReadOnlyList<string> Recipients() =>
        Text("recipients").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each line <c>reason|description</c>; the letter printed the description up to any further <c>|</c>.</summary>
    public IReadOnlyList<WithheldPart> WithheldParts(string key) =>
        Lines(key).Select(line => line.Split('|')).Select(fields => new WithheldPart(fields[0], fields.Length > 1 ? fields[1] : "")).ToList();

    /// <summary>
    /// Each line <c>from-to|units|firstRate|lastRate|subtotal</c>, or, before fee lines summarised runs of bands,
    /// <c>from-to|units|rate|subtotal</c>.
    /// </summary>
    public IReadOnlyList<FeeLine> FeeLines(string key) => Lines(key).Select(line =>
    {
        var fields = line.Split('|');
        var range = fields[0].Split('-');
        if (fields.Length is not (4 or 5) || range.Length != 2
            || !int.TryParse(range[0], CultureInfo.InvariantCulture, out var from) || !int.TryParse(range[1], CultureInfo.InvariantCulture, out var to)
            || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out var firstRate)
            || !int.TryParse(fields[^2], CultureInfo.InvariantCulture, out var lastRate)
            || !long.TryParse(fields[^1], CultureInfo.InvariantCulture, out var subtotal))
            throw Unreadable(key, "fee lines");
        return new FeeLine(from, to, firstRate, lastRate, subtotal);
    }).ToList();

    private LetterNotComposableException Unreadable(string key, string what) =>
        new($"{kind} has a {key} that does not read as {what}.");
}
