namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// When to try a failed message again: 1, 2, 4, 8, 16 minutes after the 1st to 5th failure (at most an hour), or later
/// if the server asked for more with Retry-After (at most a day). The 6th failure parks the message.
/// </summary>
public static class RetrySchedule
{
    public const int MaxAttempts = 6;

    public static TimeSpan After(int failedAttempts, TimeSpan? retryAfter)
    {
        var backoff = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, failedAttempts - 1))));
        var asked = retryAfter is { } wait ? TimeSpan.FromTicks(Math.Min(wait.Ticks, TimeSpan.FromDays(1).Ticks)) : TimeSpan.Zero;
        return asked > backoff ? asked : backoff;
    }
}
