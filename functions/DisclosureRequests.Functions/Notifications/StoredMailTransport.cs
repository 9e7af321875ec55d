using System.Text.Json;
using Azure.Storage.Blobs.Models;
using DisclosureRequests.Functions.Storage;

namespace DisclosureRequests.Functions.Notifications;

/// <summary>
/// Without a SendGrid key every message is kept whole in the <c>mail</c> container (<c>{caseId}/{itemId}.json</c> and
/// <c>.html</c>), so a local run shows exactly what would have been sent. Writing the same item twice overwrites it.
/// </summary>
public sealed class StoredMailTransport(StorageClients storage) : IMailTransport
{
    public async Task<SendOutcome> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var container = storage.Container(StorageNames.MailContainer);
        var message = new
        {
            id = mail.ItemId,
            caseId = mail.CaseId,
            kind = mail.Kind,
            from = new { email = mail.FromAddress, name = mail.FromName },
            to = mail.To,
            subject = mail.Subject,
            text = mail.Text,
            html = mail.Html,
        };
        await container.GetBlobClient($"{mail.CaseId}/{mail.ItemId}.json").UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(message, Json.Options)), Headers("application/json; charset=utf-8"), cancellationToken);
        await container.GetBlobClient($"{mail.CaseId}/{mail.ItemId}.html").UploadAsync(
            BinaryData.FromString(mail.Html), Headers("text/html; charset=utf-8"), cancellationToken);
        return new SendOutcome.Sent(null);
    }

    private static BlobUploadOptions Headers(string contentType) => new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
}
