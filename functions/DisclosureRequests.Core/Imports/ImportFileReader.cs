using DisclosureRequests.Imports;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// Reads an import file one row at a time, whatever its kind. The header row must name every column of
/// <see cref="ImportColumns"/> once and no other; a file that cannot be read at all ends with an error on the row where
/// reading stopped. Rows whose cells are all blank are skipped.
/// </summary>
public static class ImportFileReader
{
    public static IAsyncEnumerable<ImportRow> ReadAsync(Stream content, ImportFileKind kind, ICollection<ImportError> errors, CancellationToken cancellationToken) =>
        kind == ImportFileKind.Xlsx
            ? XlsxImportFile.ReadAsync(content, errors, cancellationToken)
            : CsvImportFile.ReadAsync(content, errors, cancellationToken);

    /// <summary>Which column each position holds, or the header's errors (row 1).</summary>
    internal static string?[]? Header(IReadOnlyList<string?> names, ICollection<ImportError> errors)
    {
        var columns = names.Select(n => n?.Trim().TrimStart('\uFEFF')).Select(n => string.IsNullOrEmpty(n) ? null : n).ToArray();
        var before = errors.Count;
        foreach (var unknown in columns.OfType<string>().Where(n => !ImportColumns.All.Contains(n)).Distinct())
            errors.Add(new ImportError(1, unknown, "unknown-column"));
        foreach (var repeated in columns.OfType<string>().GroupBy(n => n).Where(g => g.Count() > 1))
            errors.Add(new ImportError(1, repeated.Key, "repeated-column"));
        foreach (var missing in ImportColumns.All.Where(c => !columns.Contains(c)))
            errors.Add(new ImportError(1, missing, "missing-column"));
        return errors.Count > before ? null : columns;
    }

    /// <summary>The row, or null when every cell is blank.</summary>
    internal static ImportRow? Row(int number, string?[] header, Func<int, string?> cell)
    {
        var cells = new Dictionary<string, string>(ImportColumns.All.Count);
        var blank = true;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] is not { } column) continue;
            var text = cell(i) ?? "";
            cells[column] = text;
            blank &= string.IsNullOrWhiteSpace(text);
        }
        return blank ? null : new ImportRow(number, cells);
    }
}
