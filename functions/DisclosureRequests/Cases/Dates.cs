namespace DisclosureRequests.Cases;

internal static class Dates
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd");

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";

    /// <summary>The instant a legal date begins in China (UTC+8, no daylight saving since 1991).</summary>
    public static DateTimeOffset StartOf(DateOnly date, int hour = 0) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));
}
