namespace DisclosureRequests.Core.Attachments;

/// <summary>The documents of a case as its owner sees them: what they attached, and what was released to them.</summary>
public sealed record CaseDocumentsView(IReadOnlyList<CaseDocument> Attachments, IReadOnlyList<ReleasedDocumentLink> Releases);
