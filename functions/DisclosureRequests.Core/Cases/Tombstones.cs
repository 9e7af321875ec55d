using System.Globalization;

namespace DisclosureRequests.Core.Cases;

/// <summary>The ranked rows a case has moved away from, with when: kept in its index row until they expire.</summary>
internal sealed class Tombstones
{
    private readonly List<(string Key, DateTimeOffset MovedAt)> entries;

    private Tombstones(List<(string Key, DateTimeOffset MovedAt)> entries) => this.entries = entries;

    public static Tombstones Parse(string? text) => new((text ?? "")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split('\t'))
        .Where(parts => parts.Length == 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out _))
        .Select(parts => (parts[0], new DateTimeOffset(long.Parse(parts[1], CultureInfo.InvariantCulture), TimeSpan.Zero)))
        .ToList());

    public void Add(string key, DateTimeOffset movedAt) => entries.Add((key, movedAt));

    /// <summary>Removes and answers the rows moved before <paramref name="cutoff"/>; a transaction holds at most 100 actions.</summary>
    public IReadOnlyList<string> ExpiredAt(DateTimeOffset cutoff)
    {
        var expired = entries.Where(e => e.MovedAt < cutoff).Take(50).ToList();
        foreach (var e in expired) entries.Remove(e);
        return expired.Select(e => e.Key).ToList();
    }

    public override string ToString() =>
        string.Join('\n', entries.Select(e => $"{e.Key}\t{e.MovedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}"));
}
