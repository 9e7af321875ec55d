using System.Runtime.CompilerServices;
using System.Text;
using DisclosureRequests.Core.Reports.Exports;

namespace DisclosureRequests.Reports.Tests;

public sealed class MarkdownExportTests
{
    private static string GoldenPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", "annual-report-2024.md");

    [Fact]
    public void The_markdown_matches_the_golden_file()
    {
        var file = AnnualReportExports.Render(SampleReport.Create(), "md", "某市某局");
        var markdown = Encoding.UTF8.GetString(file.Content);

        // Set UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change, then review its diff.
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath(), markdown);
        }

        Assert.Equal(File.ReadAllText(GoldenPath()).ReplaceLineEndings(), markdown.ReplaceLineEndings());
        Assert.Equal(("md", "text/markdown; charset=utf-8"), (file.FileExtension, file.ContentType));
    }

    [Fact]
    public void Markdown_markup_in_the_publisher_name_is_escaped()
    {
        var markdown = Encoding.UTF8.GetString(AnnualReportExports.Render(SampleReport.Create(), "md", "*某局* | <b>").Content);

        Assert.StartsWith(@"# \*某局\* \| \<b\>2024年政府信息公开工作年度报告", markdown);
    }
}
