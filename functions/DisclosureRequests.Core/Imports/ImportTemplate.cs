using CsvHelper;
using DisclosureRequests.Imports;
using DisclosureRequests.Intake;
using DisclosureRequests.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = DisclosureRequests.Imports.ImportColumns;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// The file to fill in: the header row, and for each column what it holds and the values allowed — in the CSV as
/// <c>#</c> comment lines after the header (the import skips them), in the XLSX on a second sheet, 填写说明.
/// </summary>
public static class ImportTemplate
{
    public const string RowsSheet = "cases";
    public const string GuideSheet = "填写说明";

    public static IReadOnlyList<(string Column, string Meaning, string Allowed)> Guide { get; } =
    [
        (C.TrackingNumber, "申请编号（本机关原有编号，不超过50个字符，同一文件中不得重复）", "必填"),
        (C.ReceivedOn, "收到申请之日（条例第三十一条）", "必填，yyyy-MM-dd"),
        (C.Channel, "申请渠道", string.Join(" | ", ApplicationRules.Channels)),
        (C.ApplicantType, "申请人类型", string.Join(" | ", ApplicantTypes.All)),
        (C.ApplicantName, "申请人姓名或名称", "必填"),
        (C.Description, "申请公开的政府信息的内容描述", "必填"),
        (C.Outcome, "办理结果；尚未办结的不填", string.Join(" | ", ReportTable.Outcomes.Select(o => o.Code))),
        (C.Reason, "理由；部分公开的填写不予公开部分的理由，多个以英文分号“;”分隔",
            string.Join("；", ReportTable.Outcomes.Where(o => o.HasReasons).Select(o => $"{o.Code}: {string.Join(" | ", o.Reasons.Select(r => r.Code))}"))
            + $"；partially-disclosed: {string.Join(";", ImportRowRules.WithheldReasons)} 中的一个或多个"),
        (C.ClosedOn, "办结日期（答复、撤回或终止办理之日）；尚未办结的不填", "yyyy-MM-dd，不早于收到申请之日"),
        (C.Reconsideration, "行政复议结果；没有的不填", string.Join(" | ", ImportRowRules.Results)),
        (C.Litigation, "行政诉讼结果；没有的不填", string.Join(" | ", ImportRowRules.Results)),
        (C.LitigationRoute, "起诉方式；有行政诉讼的必填", string.Join(" | ", ImportRowRules.Routes)),
        (C.FeeYuan, "收取的信息处理费（元）；没有的不填或填0", "不小于0，最多两位小数"),
    ];

    public static byte[] Csv()
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true, CommentPrefix = '#' }, leaveOpen: true))
        {
            csv.WriteRecord([.. C.All]);
            foreach (var (column, meaning, allowed) in Guide) csv.WriteComment($" {column}: {meaning}。取值：{allowed}");
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, RowsSheet, 1U, [[.. C.All]]);
            AddSheet(workbook, GuideSheet, 2U, [["列名", "含义", "取值"], .. Guide.Select(g => new[] { g.Column, g.Meaning, g.Allowed })]);
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, string name, uint id, IReadOnlyList<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(rows.Select((cells, r) => new Row(cells.Select((text, c) => new Cell
        {
            CellReference = $"{(char)('A' + c)}{r + 1}",
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text)),
        }))
        { RowIndex = (uint)(r + 1) })));
        workbook.Workbook.Sheets!.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
