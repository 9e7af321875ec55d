namespace DisclosureRequests.Core.Imports;

/// <summary>An import file kept on local disk for the two passes: its name as uploaded, its kind and its SHA-256.</summary>
public sealed record ImportFile(string Path, string Name, ImportFileKind Kind, string Sha256)
{
    public Stream Open() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan | FileOptions.Asynchronous);
}
