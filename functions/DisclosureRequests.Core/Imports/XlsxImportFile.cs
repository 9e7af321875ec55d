using System.Globalization;
using System.Runtime.CompilerServices;
using DisclosureRequests.Imports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// An XLSX import: the first worksheet, read with the SAX-style <see cref="OpenXmlReader"/> one row at a time, so
/// the sheet is never loaded whole (only the shared strings are). A date typed as a date is a serial number in the
/// file; in the date columns it is read as that date.
/// </summary>
internal static class XlsxImportFile
{
    private static readonly HashSet<string> DateColumns = [ImportColumns.ReceivedOn, ImportColumns.ClosedOn];

    internal static async IAsyncEnumerable<ImportRow> ReadAsync(
        Stream content, ICollection<ImportError> errors, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var opened = Open(content, errors);
        if (opened is null) yield break;
        using var document = opened.Value.Document;
        var strings = opened.Value.Strings;
        using var reader = OpenXmlReader.Create(opened.Value.Sheet);
        string?[]? header = null;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? 0);
            var cells = new Dictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
            {
                if (ColumnIndex(cell.CellReference?.Value) is { } column) cells[column] = Text(cell, strings);
            }
            if (header is null)
            {
                if (cells.Count == 0) continue;
                header = ImportFileReader.Header(
                    [.. Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i))], errors);
                if (header is null) yield break;
                continue;
            }
            var columns = header;
            if (ImportFileReader.Row(number, header, i => AsDate(columns[i], cells.GetValueOrDefault(i))) is { } imported) yield return imported;
        }
        if (header is null && errors.Count == 0) errors.Add(new ImportError(1, "file", "empty"));
    }

    private static (SpreadsheetDocument Document, IReadOnlyList<string> Strings, WorksheetPart Sheet)? Open(Stream content, ICollection<ImportError> errors)
    {
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(content, false);
            var workbook = document.WorkbookPart;
            var first = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
            {
                document.Dispose();
                errors.Add(new ImportError(1, "file", "empty"));
                return null;
            }
            return (document, SharedStrings(workbook), sheet);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException or ArgumentException)
        {
            document?.Dispose();
            errors.Add(new ImportError(1, "file", "unreadable"));
            return null;
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                strings.Add(reader.LoadCurrentElement()!.InnerText);
        }
        return strings;
    }

    private static string Text(Cell cell, IReadOnlyList<string> strings)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return value;
    }

    /// <summary>A serial date (a number) in a date column becomes yyyy-MM-dd; any other text stays as it is.</summary>
    private static string? AsDate(string? column, string? text)
    {
        if (text is null || column is null || !DateColumns.Contains(column)) return text;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 1 || serial > 2_958_465) return text;
        return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper)) index = index * 26 + (c - 'A' + 1);
        return index == 0 ? null : index - 1;
    }
}
