namespace DisclosureRequests.Core.Notifications;

/// <summary>What a mail transport reports: sent, worth retrying (with the server's Retry-After), or refused for good.</summary>
public abstract record SendOutcome
{
    public sealed record Sent(string? ProviderMessageId) : SendOutcome;

    public sealed record Transient(string Error, TimeSpan? RetryAfter) : SendOutcome;

    public sealed record Permanent(string Error) : SendOutcome;
}
