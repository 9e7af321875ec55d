namespace DisclosureRequests.Core.Attachments;

/// <summary>How much one case may hold of one kind of document.</summary>
public sealed record DocumentLimits(long MaxFileBytes, long MaxCaseBytes, int MaxFiles)
{
    private const long MiB = 1024 * 1024;

    /// <summary>What an applicant may attach: 10 files, 10 MB each, 30 MB in all.</summary>
    public static DocumentLimits Attachments { get; } = new(10 * MiB, 30 * MiB, 10);

    /// <summary>What officers may release to the applicant.</summary>
    public static DocumentLimits Releases { get; } = new(30 * MiB, 300 * MiB, 100);

    /// <summary>The largest request body worth reading: every file allowed, plus the multipart framing.</summary>
    public long MaxRequestBytes => Math.Min(MaxCaseBytes, MaxFileBytes * MaxFiles) + MiB;
}
