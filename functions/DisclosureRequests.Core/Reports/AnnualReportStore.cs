using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Reports;

/// <summary>The <c>reports</c> container: <c>annual/{year}/report.{ext}</c> per format and <c>annual/{year}/status.json</c>.</summary>
public sealed class AnnualReportStore(StorageClients storage)
{
    private BlobContainerClient Container => storage.Container(StorageNames.ReportsContainer);

    public static string ReportBlob(int year, string extension) => $"annual/{year}/report.{extension}";

    public static string StatusBlob(int year) => $"annual/{year}/status.json";

    public async Task<AnnualReportStatus?> ReadStatusAsync(int year, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Container.GetBlobClient(StatusBlob(year)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<AnnualReportStatus>(Json.Options);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    public static string TimelinessBlob(int year) => $"annual/{year}/timeliness.json";

    /// <summary>The share of replies within the period, counted by the compile beside the report (written just before it).</summary>
    public Task WriteTimelinessAsync(int year, ReplyTimeliness timeliness, CancellationToken cancellationToken) =>
        UploadAsync(TimelinessBlob(year), JsonSerializer.SerializeToUtf8Bytes(timeliness, Json.Options), "application/json; charset=utf-8", cancellationToken);

    public async Task<ReplyTimeliness?> ReadTimelinessAsync(int year, CancellationToken cancellationToken) =>
        await ReadJsonAsync<ReplyTimeliness>(TimelinessBlob(year), cancellationToken);

    /// <summary>The stored report of a year as compiled, or null when it has not been compiled.</summary>
    public async Task<AnnualReport?> ReadReportAsync(int year, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Container.GetBlobClient(ReportBlob(year, "json")).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<AnnualReport>(JsonSerializerOptions.Web);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    private async Task<T?> ReadJsonAsync<T>(string name, CancellationToken cancellationToken) where T : class
    {
        try
        {
            var content = await Container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<T>(Json.Options);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    public Task WriteStatusAsync(AnnualReportStatus status, CancellationToken cancellationToken) =>
        UploadAsync(StatusBlob(status.Year), JsonSerializer.SerializeToUtf8Bytes(status, Json.Options), "application/json; charset=utf-8", cancellationToken);

    /// <summary>Replaces the stored report with <paramref name="files"/>, every one rendered before the first is written.</summary>
    public async Task WriteReportAsync(int year, IReadOnlyList<ReportFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
            await UploadAsync(ReportBlob(year, file.FileExtension), file.Content, file.ContentType, cancellationToken);
    }

    /// <summary>The stored report in one format, streamed from storage; null when that year has not been compiled.</summary>
    public async Task<(Stream Content, string ContentType)?> OpenReportAsync(int year, string extension, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(ReportBlob(year, extension)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return (download.Value.Content, download.Value.Details.ContentType);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    private Task UploadAsync(string name, byte[] content, string contentType, CancellationToken cancellationToken) =>
        Container.GetBlobClient(name).UploadAsync(
            new BinaryData(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
}
