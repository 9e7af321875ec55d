namespace DisclosureRequests.Core.Reports.Document;

/// <summary>A published, frozen version of a year's report: the revision of the parts and the compile it was made from.</summary>
public sealed record PublishedVersion(int Version, DateTimeOffset PublishedAt, string PublishedBy, int Revision, DateTimeOffset ReportCompiledAt);
