namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// One pass over a case's outbox: how many items reached the addressee or the post tray, and when an item still open
/// is next due a try (a retry's time, or the end of a claim's lease); <c>null</c> when none is.
/// </summary>
public sealed record OutboxPass(int Delivered, DateTimeOffset? NextLookAt);
