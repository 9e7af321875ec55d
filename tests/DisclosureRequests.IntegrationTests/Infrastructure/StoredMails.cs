using System.Text.Json;
using Azure.Storage.Blobs.Models;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.IntegrationTests.Infrastructure;

/// <summary>The mails sent for a case, as the stored transport keeps them whole when no SendGrid key is set.</summary>
public static class StoredMails
{
    public static async Task<List<JsonElement>> OfCaseAsync(this SystemUnderTest app, string caseId)
    {
        var container = app.Storage.Container(StorageNames.MailContainer);
        var mails = new List<JsonElement>();
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, caseId + "/", CancellationToken.None))
        {
            if (!blob.Name.EndsWith(".json", StringComparison.Ordinal)) continue;
            mails.Add(JsonDocument.Parse((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString()).RootElement.Clone());
        }
        return mails;
    }
}
