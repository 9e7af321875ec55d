using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DisclosureRequests.Core.Attachments;

/// <summary>
/// Reads the files of a multipart/form-data request one section at a time, refusing as soon as a limit is passed, so
/// an oversized file is never buffered whole. Every file is named safely and recognised by content before it is kept.
/// </summary>
public static class MultipartFiles
{
    public static async Task<(IReadOnlyList<UploadedFile> Files, UploadRefusal? Refusal)> ReadAsync(
        HttpRequest request, DocumentLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadSectionsAsync(request, limits, cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException || e is BadHttpRequestException { StatusCode: not StatusCodes.Status413PayloadTooLarge })
        {
            // A body cut short or framed wrongly: the client's fault, and nothing was stored yet.
            return ([], new UploadRefusal(DocumentProblems.MalformedMultipart, StatusCodes.Status400BadRequest));
        }
    }

    private static async Task<(IReadOnlyList<UploadedFile> Files, UploadRefusal? Refusal)> ReadSectionsAsync(
        HttpRequest request, DocumentLimits limits, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) ||
            !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
            return ([], new UploadRefusal(DocumentProblems.NotMultipart, StatusCodes.Status415UnsupportedMediaType));

        var reader = new MultipartReader(boundary, request.Body);
        var files = new List<UploadedFile>();
        long total = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
            var rawName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
            if (files.Count == limits.MaxFiles)
                return ([], new UploadRefusal(DocumentProblems.TooManyFiles, StatusCodes.Status422UnprocessableEntity));
            if (FileNames.Sanitise(rawName) is not { } name)
                return ([], new UploadRefusal(DocumentProblems.UnsafeFileName, StatusCodes.Status400BadRequest));

            var content = await ReadLimitedAsync(section.Body, limits.MaxFileBytes, cancellationToken);
            if (content is null) return ([], new UploadRefusal(DocumentProblems.FileTooLarge, StatusCodes.Status413PayloadTooLarge, name));
            if (content.Length == 0) return ([], new UploadRefusal(DocumentProblems.EmptyFile, StatusCodes.Status400BadRequest, name));
            total += content.Length;
            if (total > limits.MaxCaseBytes) return ([], new UploadRefusal(DocumentProblems.CaseQuotaExceeded, StatusCodes.Status413PayloadTooLarge, name));

            var type = FileTypes.Detect(content);
            if (type is null || !type.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
                return ([], new UploadRefusal(DocumentProblems.FileTypeNotAllowed, StatusCodes.Status415UnsupportedMediaType, name));
            files.Add(new UploadedFile(name, type, content));
        }
        return files.Count == 0 ? ([], new UploadRefusal(DocumentProblems.NoFile, StatusCodes.Status400BadRequest)) : (files, null);
    }

    /// <summary>The whole body, or null once it passes <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
