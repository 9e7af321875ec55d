using System.Text.Json;
using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>
/// The whole annual report of a year: its editable parts over the latest compile, each change kept with who made it
/// and when, and publication, which freezes the version in every format. A compile after publishing makes the next
/// version a draft; what was published stays downloadable by its number.
/// </summary>
public sealed class AnnualReportDocuments(AnnualReportStore reports, AnnualReportDocumentStore documents, TimeProvider time, IConfiguration configuration)
{
    private const int Attempts = 3;

    public static IReadOnlyList<string> Formats { get; } = ["json", "html", "docx"];

    private string? Agency => configuration["Agency:Name"];

    public async Task<DocumentOutcome> CurrentAsync(int year, CancellationToken cancellationToken)
    {
        if (await reports.ReadReportAsync(year, cancellationToken) is not { } report) return new DocumentOutcome.NotCompiled();
        var (record, _) = await documents.ReadAsync(year, cancellationToken);
        return new DocumentOutcome.Done(await ViewAsync(record, report, cancellationToken));
    }

    /// <summary>Replaces the editable parts; <paramref name="ifMatchRevision"/>, when given, must be the current revision.</summary>
    public async Task<DocumentOutcome> UpdateAsync(int year, AnnualReportDocumentParts parts, int? ifMatchRevision, string by, CancellationToken cancellationToken)
    {
        if (await reports.ReadReportAsync(year, cancellationToken) is not { } report) return new DocumentOutcome.NotCompiled();
        var (record, etag) = await documents.ReadAsync(year, cancellationToken);
        if (ifMatchRevision is { } expected && expected != record.Revision) return new DocumentOutcome.ChangedSinceRead();
        var revision = record.Revision + 1;
        var updated = record with
        {
            Revision = revision,
            Parts = parts,
            Changes = [.. record.Changes, new DocumentChange(revision, by, time.GetUtcNow(), parts)],
        };
        if (!await documents.TryWriteAsync(updated, etag, cancellationToken)) return new DocumentOutcome.ChangedSinceRead();
        return new DocumentOutcome.Done(await ViewAsync(updated, report, cancellationToken));
    }

    /// <summary>Publishes the current version, or answers the published one when nothing changed since.</summary>
    public async Task<DocumentOutcome> PublishAsync(int year, string by, CancellationToken cancellationToken)
    {
        if (ReportYears.IsProvisional(year, time)) return new DocumentOutcome.YearNotOver();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await reports.ReadReportAsync(year, cancellationToken) is not { } report) return new DocumentOutcome.NotCompiled();
            var (record, etag) = await documents.ReadAsync(year, cancellationToken);
            var missing = Missing(record);
            if (missing.Count > 0) return new DocumentOutcome.Incomplete(missing);
            var (version, published) = record.VersionOver(report.CompiledAt);
            if (published) return new DocumentOutcome.Done(await ViewAsync(record, report, cancellationToken));

            var publishedRecord = record with
            {
                Versions = [.. record.Versions, new PublishedVersion(version, time.GetUtcNow(), by, record.Revision, report.CompiledAt)],
            };
            var view = await ViewAsync(publishedRecord, report, cancellationToken);
            await documents.WriteVersionAsync(year, version, [.. Formats.Select(f => Render(view, f))], cancellationToken);
            if (await documents.TryWriteAsync(publishedRecord, etag, cancellationToken)) return new DocumentOutcome.Done(view, Created: true);
        }
        return new DocumentOutcome.ChangedSinceRead();
    }

    public static ReportFile Render(ReportDocumentView view, string format) => format switch
    {
        "html" => new(ReportDocumentHtml.Render(view), "text/html; charset=utf-8", "html"),
        "docx" => new(ReportDocumentDocx.Render(view), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        _ => new(JsonSerializer.SerializeToUtf8Bytes(view, Json.Options), "application/json; charset=utf-8", "json"),
    };

    /// <summary>The parts were never saved (section 二's figures unentered), or section 五 is empty.</summary>
    private static List<string> Missing(AnnualReportDocumentRecord record)
    {
        var missing = new List<string>();
        if (record.Revision == 0) missing.Add("proactiveDisclosure");
        if (string.IsNullOrWhiteSpace(record.Parts.ProblemsAndImprovements)) missing.Add("problemsAndImprovements");
        return missing;
    }

    private async Task<ReportDocumentView> ViewAsync(AnnualReportDocumentRecord record, AnnualReport report, CancellationToken cancellationToken) =>
        ReportDocumentView.Of(record, report, await reports.ReadTimelinessAsync(record.Year, cancellationToken) ?? ReplyTimeliness.None, Agency);
}
