namespace DisclosureRequests.Cases;

/// <summary>A third party (Art. 32) or another agency (Art. 34) consulted in writing.</summary>
public sealed record Party(string Name, string? Email, string? Address);
