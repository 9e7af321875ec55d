using System.Text;
using DisclosureRequests.Core.Reports.Exports;

namespace DisclosureRequests.Reports.Tests;

public sealed class HtmlExportTests
{
    private static string Html(string? publisher = null) =>
        Encoding.UTF8.GetString(AnnualReportExports.Render(SampleReport.Create(), "html", publisher).Content);

    [Fact]
    public void The_page_contains_every_label_and_section_title_in_order()
    {
        var html = Html();
        var report = SampleReport.Create();

        string[] labels =
        [
            "2024年政府信息公开工作年度报告",
            "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计",
            .. SampleReport.ColumnLabels[1..6],
            .. SampleReport.Section3(SampleReport.Json(report)).Select(l => l.Label),
            "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", .. SampleReport.ResultLabels, "未经复议直接起诉",
            "复议后起诉", "六、其他需要报告的事项", "本年度收取信息处理费（元）", "12345.60",
        ];
        var position = 0;
        foreach (var label in labels.Where(l => !SampleReport.GroupLabels.Contains(l)))
        {
            var found = html.IndexOf(label, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{label}' is missing or out of order");
            position = found;
        }
        Assert.All(SampleReport.GroupLabels, label => Assert.Contains($">{label}<", html));
    }

    [Fact]
    public void The_page_prints_the_numbers_of_the_json_in_numeric_cells()
    {
        var report = SampleReport.Create();
        var html = Html();

        foreach (var (label, numbers) in SampleReport.Section3(SampleReport.Json(report)))
        {
            var row = html[html.IndexOf($">{label}<", StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.Equal(string.Concat(numbers.Select(n => $"<td class=\"count\">{n}</td>")), row[(row.IndexOf("<td", StringComparison.Ordinal))..]);
        }
    }

    [Fact]
    public void Text_is_html_escaped_and_chinese_is_kept_as_written()
    {
        var html = Html("<script>alert('某局')</script> & Co");

        Assert.Contains("&lt;script&gt;alert(&#x27;某局&#x27;)&lt;/script&gt; &amp; Co2024年", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("3.危及“三安全一稳定”", html);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var html = Html();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("rowspan=\"22\"", html);
        Assert.Contains("colspan=\"5\">法人或其他组织", html);
    }
}
