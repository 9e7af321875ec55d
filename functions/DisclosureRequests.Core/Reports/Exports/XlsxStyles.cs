using DocumentFormat.OpenXml.Spreadsheet;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>The few cell styles of the report sheet, by index into the stylesheet's cell formats.</summary>
internal static class XlsxStyles
{
    internal const uint Title = 1;
    internal const uint Header = 2;
    internal const uint Label = 3;
    internal const uint Count = 4;
    internal const uint Amount = 5;

    internal static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "#,##0.00" }) { Count = 1U },
        new Fonts(
            new Font(new FontSize { Val = 11 }),
            new Font(new Bold(), new FontSize { Val = 14 }),
            new Font(new Bold(), new FontSize { Val = 11 }))
        { Count = 3U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2U },
        new CellFormats(
            new CellFormat(),
            Format(fontId: 1, borderId: 0, HorizontalAlignmentValues.Left),
            Format(fontId: 2, borderId: 1, HorizontalAlignmentValues.Center),
            Format(fontId: 0, borderId: 1, HorizontalAlignmentValues.Left),
            Format(fontId: 0, borderId: 1, HorizontalAlignmentValues.Right),
            Format(fontId: 0, borderId: 1, HorizontalAlignmentValues.Right, numberFormatId: 164))
        { Count = 6U });

    private static CellFormat Format(uint fontId, uint borderId, HorizontalAlignmentValues horizontal, uint numberFormatId = 0) =>
        new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        {
            FontId = fontId,
            BorderId = borderId,
            FillId = 0U,
            NumberFormatId = numberFormatId,
            ApplyFont = true,
            ApplyBorder = true,
            ApplyAlignment = true,
            ApplyNumberFormat = numberFormatId != 0,
        };
}
