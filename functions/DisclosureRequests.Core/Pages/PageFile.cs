namespace DisclosureRequests.Core.Pages;

/// <summary>One file of the citizens' pages, as served: its bytes, media type and entity tag.</summary>
public sealed record PageFile(string Name, byte[] Content, string ContentType, string ETag);
