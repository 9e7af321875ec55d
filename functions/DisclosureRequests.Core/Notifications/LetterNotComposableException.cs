namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// An outbox item the composer cannot turn into a letter (unknown kind or outcome, a value missing or unreadable). Retrying
/// cannot help, so the delivery parks it for an administrator. The message names keys and codes, never personal data.
/// </summary>
public sealed class LetterNotComposableException(string message) : Exception(message);
