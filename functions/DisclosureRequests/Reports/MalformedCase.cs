namespace DisclosureRequests.Reports;

/// <summary>A case record the annual report cannot count, and why.</summary>
public sealed record MalformedCase(string CaseId, string Problem);
