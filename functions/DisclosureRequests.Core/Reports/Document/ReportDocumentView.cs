using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>
/// The whole annual report of a year as JSON: its version (a draft, or the published version it still is), the
/// editable parts, the section 一 text in force (the administrator's, or else the draft written from the figures),
/// the compiled statistics of 三, 四 and 六, the versions published and who changed the parts when.
/// </summary>
public sealed record ReportDocumentView(
    int Year,
    int Version,
    string State,
    string Heading,
    int Revision,
    DateTimeOffset ReportCompiledAt,
    string Overview,
    bool OverviewEdited,
    string OverviewDraft,
    ProactiveDisclosure ProactiveDisclosure,
    string? ProblemsAndImprovements,
    string? OtherMatters,
    AnnualReport Statistics,
    ReplyTimeliness ReplyTimeliness,
    IReadOnlyList<PublishedVersion> Versions,
    IReadOnlyList<ReportDocumentView.Change> Changes)
{
    public const string Draft = "draft";
    public const string Published = "published";

    public sealed record Change(int Revision, string By, DateTimeOffset At);

    public static ReportDocumentView Of(AnnualReportDocumentRecord record, AnnualReport report, ReplyTimeliness timeliness, string? agencyName)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(report);
        var (version, published) = record.VersionOver(report.CompiledAt);
        var draft = DisclosureRequests.Reports.OverviewDraft.Write(report, timeliness, agencyName ?? Notifications.AgencyProfile.DefaultName);
        var parts = record.Parts;
        return new ReportDocumentView(
            record.Year, version, published ? Published : Draft, Exports.AnnualReportExports.Heading(report, agencyName),
            record.Revision, report.CompiledAt,
            parts.Overview ?? draft, parts.Overview is not null, draft,
            parts.ProactiveDisclosure, parts.ProblemsAndImprovements, parts.OtherMatters,
            report, timeliness, record.Versions, [.. record.Changes.Select(c => new Change(c.Revision, c.By, c.At))]);
    }
}
