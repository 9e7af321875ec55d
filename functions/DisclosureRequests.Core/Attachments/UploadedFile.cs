namespace DisclosureRequests.Core.Attachments;

/// <summary>A file read from an upload and accepted: its safe name, recognised type and content.</summary>
public sealed record UploadedFile(string Name, FileType Type, byte[] Content);
