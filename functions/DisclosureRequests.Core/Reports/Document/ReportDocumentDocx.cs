using System.Globalization;
using DisclosureRequests.Core.Reports.Exports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Role = DisclosureRequests.Core.Reports.Exports.ReportGrid.Role;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>
/// The report as a Word document: the official heading, the six numbered sections (Heading 1, so they show in the
/// navigation pane), the text in 仿宋, the tables in the national layout with merged cells (grid spans across,
/// vertical merges down), on A4 with the margins of official documents (GB/T 9704: 37/35/28/26 mm).
/// </summary>
internal static class ReportDocumentDocx
{
    internal const string TitleStyle = "Title";
    internal const string HeadingStyle = "Heading1";
    internal const string NoteStyle = "ReportNote";

    // A4 in twentieths of a point, and the text width between the margins.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Top = 2098, Bottom = 1984, Left = 1587, Right = 1474;
    private const int TextWidth = PageWidth - Left - Right;

    internal static byte[] Render(ReportDocumentView view)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = ReportDocumentStyles.Create(TitleStyle, HeadingStyle, NoteStyle);
            var body = new Body();
            body.Append(Paragraph(view.Heading, TitleStyle));
            var state = view.State == ReportDocumentView.Draft ? $"草稿（第{view.Version}版）" : $"第{view.Version}版";
            body.Append(Paragraph($"{state}　统计数据生成于 {view.ReportCompiledAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}", NoteStyle));
            foreach (var section in ReportDocumentLayout.Sections(view))
            {
                body.Append(Paragraph(section.Title, HeadingStyle));
                foreach (var text in section.Paragraphs) body.Append(Paragraph(text, null));
                foreach (var grid in section.Tables)
                {
                    body.Append(Table(grid));
                    body.Append(new Paragraph());
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = Top, Bottom = Bottom, Left = Left, Right = Right, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return paragraph;
    }

    private static Table Table(ReportGrid grid)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var widths = ColumnWidths(grid.Columns);
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        for (var row = 0; row < grid.Rows; row++)
        {
            var tableRow = new TableRow();
            for (var column = 0; column < grid.Columns;)
            {
                if (grid.At(row, column) is { } cell)
                {
                    tableRow.Append(Cell(cell.Text, cell.Role, cell.ColumnSpan, widths, column, cell.RowSpan > 1 ? MergedCellValues.Restart : null));
                    column += cell.ColumnSpan;
                }
                else if (grid.Cells.FirstOrDefault(c => c.Covers(row, column) && c.Column == column) is { } above)
                {
                    tableRow.Append(Cell("", above.Role, above.ColumnSpan, widths, column, MergedCellValues.Continue));
                    column += above.ColumnSpan;
                }
                else
                {
                    tableRow.Append(Cell("", Role.Count, 1, widths, column, null));
                    column++;
                }
            }
            table.Append(tableRow);
        }
        return table;
    }

    private static TableCell Cell(string text, Role role, int span, IReadOnlyList<int> widths, int column, MergedCellValues? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = widths.Skip(column).Take(span).Sum().ToString(CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } value) properties.Append(new VerticalMerge { Val = value });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var runProperties = new RunProperties(new FontSize { Val = "21" });
        if (role == Role.Header) runProperties.PrependChild(new Bold());
        var run = new Run(runProperties, new Text(text));
        var alignment = role switch
        {
            Role.Header => JustificationValues.Center,
            Role.Label => JustificationValues.Left,
            _ => JustificationValues.Right,
        };
        return new TableCell(properties, new Paragraph(new ParagraphProperties(new Justification { Val = alignment }, new Indentation { FirstLine = "0" }), run));
    }

    /// <summary>Label columns get twice the width of number columns; a table of four has a wide first column.</summary>
    private static IReadOnlyList<int> ColumnWidths(int columns)
    {
        var weights = Enumerable.Range(0, columns).Select(c => columns >= 10 && c < 3 ? 2 : columns == 4 && c == 0 ? 3 : 1).ToList();
        var unit = TextWidth / weights.Sum();
        return [.. weights.Select(w => w * unit)];
    }
}
