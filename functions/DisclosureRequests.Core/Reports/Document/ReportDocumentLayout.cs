using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>The six sections as printed, in order: each with its paragraphs and tables. The HTML and Word renderings draw the same.</summary>
internal static class ReportDocumentLayout
{
    internal sealed record Section(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<ReportGrid> Tables);

    internal static IReadOnlyList<Section> Sections(ReportDocumentView view)
    {
        var grids = ReportGrids.Build(view.Statistics);
        return
        [
            new(DocumentSections.Overview, Paragraphs(view.Overview), []),
            new(DocumentSections.ProactiveDisclosure, [], [DocumentGrids.Section2(view.ProactiveDisclosure)]),
            new(DocumentSections.Applications, [], [grids[0]]),
            new(DocumentSections.ReviewAndLitigation, [], [grids[1]]),
            new(DocumentSections.ProblemsAndImprovements, Paragraphs(view.ProblemsAndImprovements), []),
            new(DocumentSections.OtherMatters, Paragraphs(view.OtherMatters), [DocumentGrids.Fees(view.Statistics)]),
        ];
    }

    private static IReadOnlyList<string> Paragraphs(string? text) =>
        text is null ? [] : [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
