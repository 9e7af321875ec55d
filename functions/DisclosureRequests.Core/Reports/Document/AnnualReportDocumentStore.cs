using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>
/// The report document in the <c>reports</c> container: <c>annual/{year}/document.json</c>, written only under the
/// ETag it was read with, and each published version frozen as <c>annual/{year}/published/v{N}.{json,html,docx}</c>.
/// </summary>
public sealed class AnnualReportDocumentStore(StorageClients storage)
{
    private BlobContainerClient Container => storage.Container(StorageNames.ReportsContainer);

    private static string RecordBlob(int year) => $"annual/{year}/document.json";

    private static string VersionBlob(int year, int version, string extension) => $"annual/{year}/published/v{version}.{extension}";

    /// <summary>The record and its ETag; an empty record and no ETag when nothing was saved yet.</summary>
    public async Task<(AnnualReportDocumentRecord Record, ETag? ETag)> ReadAsync(int year, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Container.GetBlobClient(RecordBlob(year)).DownloadContentAsync(cancellationToken);
            return (content.Value.Content.ToObjectFromJson<AnnualReportDocumentRecord>(Json.Options)!, content.Value.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return (AnnualReportDocumentRecord.Empty(year), null);
        }
    }

    /// <summary>Writes the record if it is still as read (<paramref name="expected"/> null: if none exists); false when someone wrote first.</summary>
    public async Task<bool> TryWriteAsync(AnnualReportDocumentRecord record, ETag? expected, CancellationToken cancellationToken)
    {
        var conditions = expected is { } etag ? new BlobRequestConditions { IfMatch = etag } : new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            await Container.GetBlobClient(RecordBlob(record.Year)).UploadAsync(
                new BinaryData(JsonSerializer.SerializeToUtf8Bytes(record, Json.Options)),
                new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Stores a version's files before the record names it, so a listed version always has its files.</summary>
    public async Task WriteVersionAsync(int year, int version, IReadOnlyList<ReportFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
            await Container.GetBlobClient(VersionBlob(year, version, file.FileExtension)).UploadAsync(
                new BinaryData(file.Content),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType } },
                cancellationToken);
    }

    public async Task<(Stream Content, string ContentType)?> OpenVersionAsync(int year, int version, string extension, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(VersionBlob(year, version, extension)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return (download.Value.Content, download.Value.Details.ContentType);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }
}
