using System.Runtime.CompilerServices;
using CsvHelper;
using DisclosureRequests.Imports;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// A UTF-8 CSV import (a byte-order mark is allowed), parsed by CsvHelper one record at a time. Lines starting with
/// <c>#</c> are comments, as in the template, where they list the allowed values. Rows are numbered by the line they
/// start on, as an editor shows them.
/// </summary>
internal static class CsvImportFile
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = false,
        CommentPrefix = '#',
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        IncludeValuesInExceptions = false,
    };

    internal static async IAsyncEnumerable<ImportRow> ReadAsync(
        Stream content, ICollection<ImportError> errors, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var csv = CsvReader.Create(content, Options, leaveOpen: true);
        string?[]? header = null;
        while (true)
        {
            bool more;
            try
            {
                more = await csv.ReadAsync(cancellationToken);
            }
            catch (CsvFormatException)
            {
                errors.Add(new ImportError((int)Math.Max(1, csv.LineNumber), "file", "unreadable"));
                yield break;
            }
            if (!more) break;
            var record = csv.Current.ToArray();
            // Bytes that are not UTF-8 come out as U+FFFD: the file was saved in another encoding (GBK, often).
            if (record.Any(field => field.Contains('\uFFFD')))
            {
                errors.Add(new ImportError((int)Math.Max(1, csv.LineNumber), "file", "not-utf8"));
                yield break;
            }
            if (header is null)
            {
                header = ImportFileReader.Header(record, errors);
                if (header is null) yield break;
                continue;
            }
            if (ImportFileReader.Row((int)csv.LineNumber, header, i => i < record.Length ? record[i] : null) is { } row) yield return row;
        }
        if (header is null && errors.Count == 0) errors.Add(new ImportError(1, "file", "empty"));
    }
}
