namespace DisclosureRequests.Core.Notifications;

/// <summary>One message as handed to a mail transport; <see cref="ItemId"/> is its idempotency key.</summary>
public sealed record OutgoingMail(
    string CaseId,
    string ItemId,
    string Kind,
    string FromAddress,
    string FromName,
    IReadOnlyList<string> To,
    string Subject,
    string Text,
    string Html);
