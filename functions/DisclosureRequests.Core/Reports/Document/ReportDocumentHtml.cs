using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DisclosureRequests.Core.Reports.Exports;
using Fluid;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>The whole report as one self-contained HTML page from a Liquid template; every text through the HTML encoder.</summary>
internal static class ReportDocumentHtml
{
    internal sealed record Page(string Heading, string State, string CompiledAt, IReadOnlyList<PageSection> Sections);

    internal sealed record PageSection(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<AnnualReportHtml.Table> Tables);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly TemplateOptions Options = CreateOptions();

    private static readonly IFluidTemplate Template = new FluidParser().Parse(ReportDocumentHtmlTemplate.Source);

    internal static byte[] Render(ReportDocumentView view)
    {
        var page = new Page(
            view.Heading,
            view.State == ReportDocumentView.Draft ? $"草稿（第{view.Version}版）" : $"第{view.Version}版",
            view.ReportCompiledAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            [.. ReportDocumentLayout.Sections(view).Select(s => new PageSection(s.Title, s.Paragraphs, [.. s.Tables.Select(AnnualReportHtml.ToTable)]))]);
        return Encoding.UTF8.GetBytes(Template.Render(new TemplateContext(page, Options), Encoder, isolateContext: true));
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.IgnoreCasing = true;
        options.MemberAccessStrategy.Register<Page>();
        options.MemberAccessStrategy.Register<PageSection>();
        options.MemberAccessStrategy.Register<AnnualReportHtml.Table>();
        options.MemberAccessStrategy.Register<AnnualReportHtml.TableRow>();
        options.MemberAccessStrategy.Register<AnnualReportHtml.TableCell>();
        return options;
    }
}
