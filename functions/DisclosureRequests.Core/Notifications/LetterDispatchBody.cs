namespace DisclosureRequests.Core.Notifications;

/// <summary>How and on which day a paper letter was posted or handed over.</summary>
public sealed record LetterDispatchBody(string? Method, DateOnly? On);
