namespace DisclosureRequests.Core.Attachments;

/// <summary>A released document as the applicant sees it: a download link that works until <see cref="ExpiresAt"/>.</summary>
public sealed record ReleasedDocumentLink(string Name, string FileName, string ContentType, long Size, string Url, DateTimeOffset ExpiresAt);
