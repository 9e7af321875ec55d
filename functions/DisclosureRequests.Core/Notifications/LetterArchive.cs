using Azure.Storage.Blobs.Models;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>Every letter to someone outside the agency, kept in <c>letters</c> as <c>{caseId}/{itemId}.html</c> (and <c>.txt</c>).</summary>
public sealed class LetterArchive(StorageClients storage)
{
    public static string HtmlName(string caseId, string itemId) => $"{caseId}/{itemId}.html";

    public async Task StoreAsync(string caseId, string itemId, Letter letter, CancellationToken cancellationToken)
    {
        var container = storage.Container(StorageNames.LettersContainer);
        await container.GetBlobClient(HtmlName(caseId, itemId)).UploadAsync(BinaryData.FromString(letter.Html),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8" }, Metadata = Subject(letter) },
            cancellationToken);
        await container.GetBlobClient($"{caseId}/{itemId}.txt").UploadAsync(BinaryData.FromString(letter.Text),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } }, cancellationToken);
    }

    public async Task<BinaryData?> ReadHtmlAsync(string caseId, string itemId, CancellationToken cancellationToken)
    {
        var blob = storage.Container(StorageNames.LettersContainer).GetBlobClient(HtmlName(caseId, itemId));
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    // Blob metadata is ASCII only; the subject is kept URL-encoded.
    private static Dictionary<string, string> Subject(Letter letter) => new() { ["subject"] = Uri.EscapeDataString(letter.Subject) };
}
