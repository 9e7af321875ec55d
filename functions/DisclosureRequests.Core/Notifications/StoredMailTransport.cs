using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Without a SendGrid key every message is kept whole in the <c>mail</c> container (<c>{caseId}/{itemId}.json</c> and
/// <c>.html</c>), so a local run shows exactly what would have been sent. An item is stored once, also when its delivery is taken over after a crash.
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
        try
        {
            // The message is stored once: a dispatcher taking over an item whose first send died after this write
            // finds it stored and does not send it again.
            var createOnly = Headers("application/json; charset=utf-8");
            createOnly.Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            await container.GetBlobClient($"{mail.CaseId}/{mail.ItemId}.json").UploadAsync(
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(message, Json.Options)), createOnly, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
        }
        await container.GetBlobClient($"{mail.CaseId}/{mail.ItemId}.html").UploadAsync(
            BinaryData.FromString(mail.Html), Headers("text/html; charset=utf-8"), cancellationToken);
        return new SendOutcome.Sent(null);
    }

    private static BlobUploadOptions Headers(string contentType) => new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
}
