namespace DisclosureRequests.Cases;

/// <summary>How and when a case ended: its outcome row in the annual report (section 三).</summary>
public sealed record Conclusion(string Outcome, string? Reason, DateOnly On);
