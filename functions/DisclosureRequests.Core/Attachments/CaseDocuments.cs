using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Attachments;

/// <summary>
/// The files of a case. Metadata is one row per file in the case's partition of the <c>Documents</c> table, beside a
/// counter row per category; the counter and the new rows are written in one transaction under the counter's ETag,
/// so concurrent uploads can never together pass a case's limits. The bytes go to <c>attachments</c> or
/// <c>releases</c> as <c>{caseId}/{n}-{safe name}</c>.
/// </summary>
public sealed class CaseDocuments(StorageClients storage, ReleaseLinks links, TimeProvider time)
{
    public const string Attachment = "attachment";
    public const string Release = "release";

    private TableClient Table => storage.Table(StorageNames.DocumentsTable);

    public async Task<(IReadOnlyList<CaseDocument> Stored, UploadRefusal? Refusal)> StoreAsync(
        string caseId, string category, IReadOnlyList<UploadedFile> files, DocumentLimits limits, string uploadedBy, CancellationToken cancellationToken)
    {
        var (documents, refusal) = await ReserveAsync(caseId, category, files, limits, uploadedBy, cancellationToken);
        if (refusal is not null) return ([], refusal);
        var container = storage.Container(Container(category));
        try
        {
            for (var i = 0; i < files.Count; i++)
                await container.GetBlobClient($"{caseId}/{documents[i].Name}").UploadAsync(BinaryData.FromBytes(files[i].Content),
                    new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = files[i].Type.ContentType } }, cancellationToken);
        }
        catch
        {
            // The rows must not point at missing files; the counter keeps the reservation, which errs on the safe side.
            foreach (var document in documents)
                await Table.DeleteEntityAsync(caseId, RowKey(category, document.Number), ETag.All, CancellationToken.None);
            throw;
        }
        return (documents, null);
    }

    /// <summary>Takes stored documents away again (their numbers stay used).</summary>
    public async Task RemoveAsync(string caseId, IReadOnlyList<CaseDocument> stored, CancellationToken cancellationToken)
    {
        foreach (var document in stored)
        {
            await Table.DeleteEntityAsync(caseId, RowKey(document.Category, document.Number), ETag.All, cancellationToken);
            await storage.Container(Container(document.Category)).GetBlobClient($"{caseId}/{document.Name}").DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }

    public async Task<IReadOnlyList<CaseDocument>> ListAsync(string caseId, string category, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey gt {category + "-"} and RowKey lt {category + "."}");
        var documents = new List<CaseDocument>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            documents.Add(new CaseDocument(category, row.GetInt32("Number") ?? 0, row.GetString("Name"), row.GetString("FileName"),
                row.GetString("ContentType"), row.GetInt64("Size") ?? 0, row.GetString("Sha256"),
                row.GetDateTimeOffset("UploadedAt") ?? default, row.GetString("UploadedBy")));
        return documents;
    }

    /// <summary>
    /// The owner's view: attachments, and, once they are released, releases with fresh signed links. Until then the
    /// files are the draft's, still to pass the legal and confidentiality review and the approval.
    /// </summary>
    public async Task<CaseDocumentsView> ViewAsync(CaseState state, CancellationToken cancellationToken) => new(
        await ListAsync(state.Id, Attachment, cancellationToken),
        IsReleased(state) ? (await ListAsync(state.Id, Release, cancellationToken)).Select(d => links.For(state.Id, d)).ToList() : []);

    /// <summary>The files to release reach the applicant with an approved reply that discloses something.</summary>
    public static bool IsReleased(CaseState state) =>
        state.Status == CaseStatus.Replied && state.Conclusion?.Outcome is "disclosed" or "partially-disclosed";

    public async Task<(CaseDocument Document, Stream Content)?> OpenAsync(string caseId, string category, string name, CancellationToken cancellationToken)
    {
        var document = (await ListAsync(caseId, category, cancellationToken)).FirstOrDefault(d => d.Name == name);
        if (document is null) return null;
        var blob = storage.Container(Container(category)).GetBlobClient($"{caseId}/{document.Name}");
        return (document, (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content);
    }

    private async Task<(List<CaseDocument>, UploadRefusal?)> ReserveAsync(
        string caseId, string category, IReadOnlyList<UploadedFile> files, DocumentLimits limits, string uploadedBy, CancellationToken cancellationToken)
    {
        var counterKey = "counter-" + category;
        var bytes = files.Sum(f => (long)f.Content.Length);
        for (var attempt = 0; ; attempt++)
        {
            var counter = await Table.GetEntityIfExistsAsync<TableEntity>(caseId, counterKey, cancellationToken: cancellationToken);
            var row = counter.HasValue ? counter.Value! : new TableEntity(caseId, counterKey) { ["Count"] = 0, ["Bytes"] = 0L };
            var count = row.GetInt32("Count") ?? 0;
            var held = row.GetInt64("Bytes") ?? 0;
            if (count + files.Count > limits.MaxFiles) return ([], new UploadRefusal(DocumentProblems.TooManyFiles, StatusCodes.Status422UnprocessableEntity));
            if (held + bytes > limits.MaxCaseBytes) return ([], new UploadRefusal(DocumentProblems.CaseQuotaExceeded, StatusCodes.Status413PayloadTooLarge));

            var now = time.GetUtcNow();
            var documents = files.Select((f, i) => new CaseDocument(category, count + i + 1, $"{count + i + 1}-{f.Name}", f.Name, f.Type.ContentType,
                f.Content.Length, Convert.ToHexStringLower(SHA256.HashData(f.Content)), now, uploadedBy)).ToList();
            row["Count"] = count + files.Count;
            row["Bytes"] = held + bytes;
            var actions = new List<TableTransactionAction>
            {
                counter.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, row, row.ETag)
                    : new(TableTransactionActionType.Add, row),
            };
            actions.AddRange(documents.Select(d => new TableTransactionAction(TableTransactionActionType.Add, Entity(caseId, d))));
            try
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken);
                return (documents, null);
            }
            catch (Exception e) when (e is TableTransactionFailedException { Status: 409 or 412 } or RequestFailedException { Status: 409 or 412 } && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50)), cancellationToken);
            }
        }
    }

    private static TableEntity Entity(string caseId, CaseDocument d) => new(caseId, RowKey(d.Category, d.Number))
    {
        ["Number"] = d.Number,
        ["Name"] = d.Name,
        ["FileName"] = d.FileName,
        ["ContentType"] = d.ContentType,
        ["Size"] = d.Size,
        ["Sha256"] = d.Sha256,
        ["UploadedAt"] = d.UploadedAt,
        ["UploadedBy"] = d.UploadedBy,
    };

    private static string RowKey(string category, int number) => $"{category}-{number:D4}";

    private static string Container(string category) => category == Release ? StorageNames.ReleasesContainer : StorageNames.AttachmentsContainer;
}
