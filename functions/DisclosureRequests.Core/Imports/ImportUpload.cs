using System.Security.Cryptography;
using DisclosureRequests.Core.Attachments;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// Takes the file of an import request to a temporary file, hashing it on the way: the body itself (CSV or XLSX by
/// its media type) or the one file of a multipart form (by its name's extension). Never held in memory whole.
/// </summary>
public static class ImportUpload
{
    public const long DefaultMaxBytes = 200L * 1024 * 1024;

    /// <summary>The file, or the problem to answer with (415 for another kind of body, 413 past the limit, 400 for no file).</summary>
    public static async Task<(ImportFile? File, (Problems.ProblemType Type, int Status)? Problem)> ReceiveAsync(
        HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
            return (null, (ImportProblems.UnsupportedFile, StatusCodes.Status415UnsupportedMediaType));

        if (ImportFileKind.ByMediaType(mediaType.MediaType.Value) is { } kind)
        {
            var name = NameFrom(request.Headers.ContentDisposition.ToString()) ?? "import" + kind.Extension;
            return await SaveAsync(request.Body, name, kind, maxBytes, cancellationToken);
        }
        if (!mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
            return (null, (ImportProblems.UnsupportedFile, StatusCodes.Status415UnsupportedMediaType));

        var reader = new MultipartReader(boundary, request.Body);
        (ImportFile? File, (Problems.ProblemType, int)? Problem) saved = (null, null);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
            var name = FileNames.Sanitise(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
            if (saved.File is not null || ImportFileKind.ByFileName(name) is not { } sectionKind)
            {
                Discard(saved.File);
                return (null, (ImportProblems.UnsupportedFile, StatusCodes.Status415UnsupportedMediaType));
            }
            saved = await SaveAsync(section.Body, name!, sectionKind, maxBytes, cancellationToken);
            if (saved.Problem is not null) return saved;
        }
        return saved.File is null ? (null, (ImportProblems.UnsupportedFile, StatusCodes.Status400BadRequest)) : saved;
    }

    public static void Discard(ImportFile? file)
    {
        if (file is not null) File.Delete(file.Path);
    }

    private static string? NameFrom(string contentDisposition) =>
        ContentDispositionHeaderValue.TryParse(contentDisposition, out var disposition)
            ? FileNames.Sanitise(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value)
            : null;

    private static async Task<(ImportFile?, (Problems.ProblemType, int)?)> SaveAsync(
        Stream body, string name, ImportFileKind kind, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        File.Delete(path);
                        return (null, (ImportProblems.FileTooLarge, StatusCodes.Status413PayloadTooLarge));
                    }
                    sha.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            return (new ImportFile(path, name, kind, Convert.ToHexStringLower(sha.GetHashAndReset())), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            File.Delete(path);
            return (null, (ImportProblems.FileTooLarge, StatusCodes.Status413PayloadTooLarge));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }
}
