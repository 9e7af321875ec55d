namespace DisclosureRequests.Core.Reports.Exports;

/// <summary>A rendered annual report: its bytes, media type and file extension (without the dot).</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileExtension)
{
    public string FileNameFor(int year) => $"annual-report-{year}.{FileExtension}";
}
