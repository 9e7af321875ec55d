using System.Globalization;
using System.Text.Json.Nodes;

namespace DisclosureRequests.Reports.Tests;

/// <summary>
/// A report table read back from a spreadsheet or CSV as rows of text (a merged cell's text in its first
/// position), checked against the labels of the format and the numbers of the JSON.
/// </summary>
internal sealed class PrintedSheet(IReadOnlyList<string[]> rows)
{
    private string Cell(int row, int column) => column < rows[row].Length ? rows[row][column] : "";

    private int RowStarting(string text) =>
        Enumerable.Range(0, rows.Count).Single(r => Cell(r, 0) == text);

    private string[] Span(int row, int from, int count) => [.. Enumerable.Range(from, count).Select(c => Cell(row, c))];

    internal void AssertMatches(JsonNode json)
    {
        var top = RowStarting("三、收到和处理政府信息公开申请情况");
        Assert.Equal(0, top);
        Assert.Equal("申请人情况", Cell(top + 1, 3));
        Assert.Equal(["自然人", "法人或其他组织", "", "", "", "", "总计"], Span(top + 2, 3, 7));
        Assert.Equal(["", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""], Span(top + 3, 3, 7));

        var expected = SampleReport.Section3(json);
        var first = top + 4;
        for (var i = 0; i < expected.Count; i++)
        {
            var row = first + i;
            var label = new[] { Cell(row, 2), Cell(row, 1), Cell(row, 0) }.First(l => l != "");
            Assert.Equal(expected[i].Label, label);
            Assert.Equal(expected[i].Numbers, Span(row, 3, 7).Select(n => int.Parse(n, CultureInfo.InvariantCulture)));
        }
        Assert.Equal("三、本年度办理结果", Cell(first + 2, 0));
        Assert.Equal("（三）不予公开", Cell(first + 4, 1));
        Assert.Equal("（四）无法提供", Cell(first + 12, 1));
        Assert.Equal("（五）不予处理", Cell(first + 15, 1));
        Assert.Equal("（六）其他处理", Cell(first + 20, 1));

        var review = RowStarting("四、政府信息公开行政复议、行政诉讼情况");
        Assert.True(review >= first + expected.Count);
        Assert.Equal("行政复议", Cell(review + 1, 0));
        Assert.Equal("行政诉讼", Cell(review + 1, 5));
        Assert.Equal([.. SampleReport.ResultLabels, "未经复议直接起诉", "", "", "", "", "复议后起诉"], Span(review + 2, 0, 11));
        Assert.Equal([.. SampleReport.ResultLabels, .. SampleReport.ResultLabels], Span(review + 3, 5, 10));
        Assert.Equal(SampleReport.Section4(json), Span(review + 4, 0, 15).Select(n => int.Parse(n, CultureInfo.InvariantCulture)));

        var other = RowStarting("六、其他需要报告的事项");
        Assert.True(other > review);
        Assert.Equal("本年度收取信息处理费（元）", Cell(other + 1, 0));
        Assert.Equal((decimal)json["feesCollected"]!, decimal.Parse(Cell(other + 1, 3), CultureInfo.InvariantCulture));
    }
}
