namespace DisclosureRequests.Core.Attachments;

/// <summary>
/// One stored file of a case: an applicant's <c>attachment</c> or a <c>release</c> to the applicant. <see cref="Name"/>
/// is the stored name (<c>{n}-{safe name}</c>), unique in the case; the blob is <c>{caseId}/{Name}</c>.
/// </summary>
public sealed record CaseDocument(
    string Category,
    int Number,
    string Name,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy);
