using System.Text.Json;
using DisclosureRequests.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureRequests.IntegrationTests.Reports;

/// <summary>A Word report read back as a reader sees it: the title, the section headings in order, each table's rows of visible cells.</summary>
internal sealed class ReportDocumentReading
{
    private ReportDocumentReading(string title, IReadOnlyList<string> headings, IReadOnlyList<IReadOnlyList<string[]>> tables, PageSize pageSize)
    {
        Title = title;
        Headings = headings;
        Tables = tables;
        PageSize = pageSize;
    }

    public string Title { get; }
    public IReadOnlyList<string> Headings { get; }

    /// <summary>Per table, per row, the text of each cell that starts there (cells continuing a vertical merge are left out).</summary>
    public IReadOnlyList<IReadOnlyList<string[]>> Tables { get; }

    public PageSize PageSize { get; }

    public static ReportDocumentReading Open(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var paragraphs = body.Elements<Paragraph>().ToList();
        return new ReportDocumentReading(
            paragraphs.First(p => Style(p) == "Title").InnerText,
            [.. paragraphs.Where(p => Style(p) == "Heading1").Select(p => p.InnerText)],
            [.. body.Elements<Table>().Select(t => (IReadOnlyList<string[]>)[.. t.Elements<TableRow>().Select(r => r.Elements<TableCell>()
                .Where(c => c.TableCellProperties?.VerticalMerge is not { } merge || merge.Val?.Value == MergedCellValues.Restart)
                .Select(c => c.InnerText).ToArray())])],
            body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!);
    }

    /// <summary>The rows of section 三 as the JSON has them, in printed order, each the six columns and the total.</summary>
    public static IEnumerable<int[]> Section3Rows(JsonElement statistics)
    {
        yield return statistics.GetProperty("received").Row();
        yield return statistics.GetProperty("carriedOver").Row();
        foreach (var line in ReportTable.OutcomeRows)
        {
            var outcome = statistics.GetProperty("outcomes").GetProperty(line.Outcome);
            yield return (line.Reason is null ? outcome : outcome.GetProperty(line.Reason.Code)).Row();
        }
        yield return statistics.GetProperty("total").Row();
        yield return statistics.GetProperty("carriedForward").Row();
    }
}
