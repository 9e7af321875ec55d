namespace DisclosureRequests.Core.Attachments;

/// <summary>A kind of file the system accepts, recognised by its content; the name must carry one of its extensions.</summary>
public sealed record FileType(string Name, string ContentType, IReadOnlyList<string> Extensions);
