using System.IO.Compression;
using System.Text;

namespace DisclosureRequests.Core.Attachments;

/// <summary>
/// Recognises a file by its bytes (magic numbers; for Office files the parts inside the zip; for text, strict UTF-8
/// without control characters), never by the name or the Content-Type the client sent.
/// </summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("pdf", "application/pdf", [".pdf"]);
    public static readonly FileType Png = new("png", "image/png", [".png"]);
    public static readonly FileType Jpeg = new("jpeg", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileType Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileType Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly FileType Text = new("text", "text/plain; charset=utf-8", [".txt"]);

    public static IReadOnlyList<FileType> All { get; } = [Pdf, Png, Jpeg, Docx, Xlsx, Text];

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static FileType? Detect(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("%PDF-"u8)) return Pdf;
        if (bytes.StartsWith(PngSignature)) return Png;
        if (bytes.StartsWith(JpegSignature)) return Jpeg;
        if (bytes.StartsWith("PK\x03\x04"u8)) return OfficeDocument(content);
        return IsText(content) ? Text : null;
    }

    private static FileType? OfficeDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Contains("word/document.xml")) return Docx;
            if (names.Contains("xl/workbook.xml")) return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsText(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
    }
}
