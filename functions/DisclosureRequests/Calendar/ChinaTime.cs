namespace DisclosureRequests.Calendar;

/// <summary>Legal dates are days in China time (Asia/Shanghai), whatever the server's own zone.</summary>
public static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // A host without tz data: China has kept UTC+8 without daylight saving since 1991, so a fixed
            // offset gives the same dates for every instant this system handles.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
