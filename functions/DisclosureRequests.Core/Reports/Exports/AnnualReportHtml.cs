using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DisclosureRequests.Reports;
using Fluid;
using Role = DisclosureRequests.Core.Reports.Exports.ReportGrid.Role;

namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>
/// The report as one self-contained HTML page drawn from a Liquid template; every text goes through the HTML
/// encoder, which leaves Chinese as it is and escapes markup.
/// </summary>
internal static class AnnualReportHtml
{
    internal sealed record Page(string Heading, string CompiledAt, string? Provisional, IReadOnlyList<Table> Sections);

    internal sealed record Table(string Title, IReadOnlyList<TableRow> Rows);

    internal sealed record TableRow(IReadOnlyList<TableCell> Cells);

    internal sealed record TableCell(string Tag, string Text, int RowSpan, int ColSpan, string Kind);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly TemplateOptions Options = CreateOptions();

    private static readonly IFluidTemplate Template = new FluidParser().Parse(AnnualReportHtmlTemplate.Source);

    internal static byte[] Render(AnnualReport report, string? publisher)
    {
        var page = new Page(
            AnnualReportExports.Heading(report, publisher),
            ReportStamp.CompiledAt(report),
            ReportStamp.Provisional(report),
            [.. ReportGrids.Build(report).Select(ToTable)]);
        var html = Template.Render(new TemplateContext(page, Options), Encoder, isolateContext: true);
        return Encoding.UTF8.GetBytes(html);
    }

    internal static Table ToTable(ReportGrid grid) =>
        new(grid.Title, [.. Enumerable.Range(0, grid.Rows).Select(row => new TableRow(
            [.. Enumerable.Range(0, grid.Columns)
                .Where(column => !grid.IsCovered(row, column))
                .Select(column => grid.At(row, column) is { } cell
                    ? new TableCell(
                        cell.Role is Role.Header or Role.Label ? "th" : "td",
                        cell.Text, cell.RowSpan, cell.ColumnSpan, cell.Role.ToString().ToLowerInvariant())
                    : new TableCell("td", "", 1, 1, "empty"))]))]);

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.IgnoreCasing = true;
        options.MemberAccessStrategy.Register<Page>();
        options.MemberAccessStrategy.Register<Table>();
        options.MemberAccessStrategy.Register<TableRow>();
        options.MemberAccessStrategy.Register<TableCell>();
        return options;
    }
}
