using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// The <c>Status</c> of an outbox row. <see cref="Sending"/> is a claim with a lease: a dispatcher that dies mid-send
/// leaves it to be taken again once <c>LeaseUntil</c> has passed, so an item is never lost, only possibly resent.
/// </summary>
public static class DeliveryStatus
{
    public const string Pending = OutboxEntities.Pending;
    public const string Sending = "sending";
    public const string Delivered = OutboxEntities.Delivered;
    public const string ToPost = "to-post";
    public const string Parked = OutboxEntities.Parked;

    /// <summary>A letter to an address given online, kept (and readable on the tracking page) until the address is confirmed.</summary>
    public const string AwaitingConfirmation = "awaiting-confirmation";

    /// <summary>A paper letter the officer recorded as put in the post, or as handed over (served) in person.</summary>
    public const string Posted = "posted";
    public const string Served = "served";

    /// <summary>The statuses the dispatcher still has work for: to send, being sent, or held for the address's owner.</summary>
    public static readonly IReadOnlyList<string> Open = [Pending, Sending, AwaitingConfirmation];

    /// <summary>What officers see: a row being sent right now is still pending.</summary>
    public static string Visible(string? status) => status == Sending ? Pending : status ?? Pending;
}
