namespace DisclosureRequests.Core.Notifications;

/// <summary>A rendered notice or mail: the subject line, the HTML version and the plain-text version.</summary>
public sealed record Letter(string Subject, string Html, string Text);
