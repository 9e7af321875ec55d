namespace DisclosureRequests.Cases;

/// <summary>
/// Marks a case handled before the agency adopted the system: who imported it, when, and from which file (its name
/// and SHA-256). Such a case is on the record and in the statistics, read-only, and never sent a letter. The fee
/// collected and the reasons withheld from a partial disclosure are as the file states them.
/// </summary>
public sealed record CaseImportRecord(
    string ImportedBy,
    DateTimeOffset ImportedAt,
    string FileName,
    string FileSha256,
    int Row,
    decimal FeeYuan,
    IReadOnlyList<string> WithheldReasons);
