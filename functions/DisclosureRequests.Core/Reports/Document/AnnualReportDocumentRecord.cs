using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>
/// <c>annual/{year}/document.json</c>: the current editable parts (revision 0 until first saved), every change with
/// who made it and when, and the versions published. A version is the parts at a revision over one compile.
/// </summary>
public sealed record AnnualReportDocumentRecord(
    int Year,
    int Revision,
    AnnualReportDocumentParts Parts,
    IReadOnlyList<DocumentChange> Changes,
    IReadOnlyList<PublishedVersion> Versions)
{
    public static AnnualReportDocumentRecord Empty(int year) => new(year, 0, AnnualReportDocumentParts.Empty, [], []);

    /// <summary>
    /// The version the document is at over <paramref name="compiledAt"/>: the last published one while neither the
    /// parts nor the compile changed since; otherwise the next number, a draft.
    /// </summary>
    public (int Number, bool Published) VersionOver(DateTimeOffset compiledAt) =>
        Versions.LastOrDefault() is { } last && last.Revision == Revision && last.ReportCompiledAt == compiledAt
            ? (last.Version, true)
            : ((Versions.LastOrDefault()?.Version ?? 0) + 1, false);
}
