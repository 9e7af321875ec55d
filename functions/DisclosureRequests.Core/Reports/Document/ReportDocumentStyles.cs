using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>The few styles of the report: the title (二号 小标宋), section headings (三号 黑体), body text (三号 仿宋, indented two characters).</summary>
internal static class ReportDocumentStyles
{
    internal static Styles Create(string title, string heading, string note) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋_GB2312" },
                new FontSize { Val = "32" },
                new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLineChars = 200 }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(
            new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new SpacingBetweenLines { Before = "0", After = "560" }),
            new StyleRunProperties(new RunFonts { EastAsia = "方正小标宋简体" }, new FontSize { Val = "44" }))
        { Type = StyleValues.Paragraph, StyleId = title },
        new Style(
            new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new OutlineLevel { Val = 0 }, new KeepNext()),
            new StyleRunProperties(new RunFonts { EastAsia = "黑体" }))
        { Type = StyleValues.Paragraph, StyleId = heading },
        new Style(
            new StyleName { Val = "Report Note" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new Indentation { FirstLineChars = 0, FirstLine = "0" }),
            new StyleRunProperties(new FontSize { Val = "24" }))
        { Type = StyleValues.Paragraph, StyleId = note });
}
