using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace DisclosureRequests.IntegrationTests.Attachments;

/// <summary>Files of each kind, and multipart requests that carry them.</summary>
public static class Uploads
{
    public static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Executable => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in new[] { "[Content_Types].xml", "word/document.xml" })
                using (var writer = new StreamWriter(zip.CreateEntry(entry).Open())) writer.Write("<xml/>");
        }
        return buffer.ToArray();
    }

    public static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            // Set the disposition by hand so the name arrives exactly as given, path parts included.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"", FileNameStar = name };
            form.Add(part);
        }
        return form;
    }
}
