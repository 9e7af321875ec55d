namespace DisclosureRequests.Core.Notifications;

/// <summary>The day a posted letter was signed for, as its return receipt (回执) or the carrier's record shows.</summary>
public sealed record LetterReceiptBody(DateOnly? On);
