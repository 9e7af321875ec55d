using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Attachments;

/// <summary>Files that come with an application, and documents released to the applicant through short-lived links.</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var application = app.MapGroup("/api/requests/{id}").AllowAnyone().WithTags("Applicants");
        application.MapPost("/attachments", Attach)
            .WithMetadata(new RequestSizeLimitAttribute(DocumentLimits.Attachments.MaxRequestBytes))
            .DisableAntiforgery()
            .WithSummary("Attach files to an application (owner, X-Access-Code): PDF, PNG, JPEG, DOCX, XLSX or UTF-8 text; 10 files, 10 MB each, 30 MB in all")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        application.MapGet("/documents", View)
            .WithSummary("Attachments and released documents of an application (owner or officer); release links last 15 minutes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        application.MapGet("/releases/{name}", Download)
            .WithSummary("Download a released document through a signed link from the application's documents")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status410Gone);

        app.MapPost("/api/cases/{id}/releases", Release)
            .AllowRoles(Roles.CaseOfficer)
            .WithMetadata(new RequestSizeLimitAttribute(DocumentLimits.Releases.MaxRequestBytes))
            .DisableAntiforgery()
            .WithTags("Cases")
            .WithSummary("Store documents to be released to the applicant (Art. 40)")
            .Accepts<IFormFileCollection>("multipart/form-data");
        return app;
    }

    private static async Task<Results<Created<IReadOnlyList<CaseDocument>>, ProblemHttpResult>> Attach(
        string id, HttpContext context, [AsParameters] DocumentApiServices services, CancellationToken cancellationToken)
    {
        var loaded = await services.Cases.LoadAsync(id, cancellationToken);
        if (services.Attempts.Refusal(context, loaded?.State, staffMaySee: false) is { } refusal) return refusal;
        if (loaded!.State.Status.IsTerminal()) return Problem.Of(context, DocumentProblems.CaseClosed, StatusCodes.Status409Conflict);
        return await StoreAsync(context, id, CaseDocuments.Attachment, DocumentLimits.Attachments, Actor.Applicant,
            names => new CaseCommand.RecordAttachment(names), services, cancellationToken);
    }

    private static async Task<Results<Created<IReadOnlyList<CaseDocument>>, ProblemHttpResult>> Release(
        string id, HttpContext context, [AsParameters] DocumentApiServices services, CancellationToken cancellationToken)
    {
        if (await services.Cases.LoadAsync(id, cancellationToken) is not { } loaded) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        if (loaded.State.IsClosed) return Problem.Of(context, DocumentProblems.ReleasesFixed, StatusCodes.Status409Conflict);
        return await StoreAsync(context, id, CaseDocuments.Release, DocumentLimits.Releases, Actors.Officer(context.User),
            names => new CaseCommand.RecordRelease(names), services, cancellationToken);
    }

    /// <summary>
    /// Stores the files, then puts them on the case's record. The files come first so that no history line names a file
    /// that is not there; if the case refuses them meanwhile (the reply went out), they are taken away again.
    /// </summary>
    private static async Task<Results<Created<IReadOnlyList<CaseDocument>>, ProblemHttpResult>> StoreAsync(
        HttpContext context, string caseId, string category, DocumentLimits limits, Actor actor, Func<IReadOnlyList<string>, CaseCommand> record,
        DocumentApiServices services, CancellationToken cancellationToken)
    {
        var (files, refusal) = await MultipartFiles.ReadAsync(context.Request, limits, cancellationToken);
        if (refusal is null)
        {
            (var stored, refusal) = await services.Documents.StoreAsync(caseId, category, files, limits, actor.Id, cancellationToken);
            if (refusal is null)
            {
                // The stored names are unique in the case, so the key makes a retry after a lost race apply once.
                var key = $"{category}:{stored[0].Name}";
                var outcome = await services.Commands.ExecuteAsync(caseId, record(stored.Select(d => d.FileName).ToList()), actor, key, cancellationToken);
                if (outcome is CommandOutcome.Applied) return TypedResults.Created($"/api/requests/{caseId}/documents", stored);
                await services.Documents.RemoveAsync(caseId, stored, CancellationToken.None);
                return CommandAnswers.Refusal(context, outcome);
            }
        }
        var detail = refusal.FileName is null ? null : (Problem.PrefersEnglish(context) ? "File: " : "文件：") + refusal.FileName;
        return Problem.Of(context, refusal.Type, refusal.Status, detail);
    }

    private static async Task<Results<Ok<CaseDocumentsView>, ProblemHttpResult>> View(
        string id, HttpContext context, [AsParameters] DocumentApiServices services, CancellationToken cancellationToken)
    {
        var loaded = await services.Cases.LoadAsync(id, cancellationToken);
        if (services.Attempts.Refusal(context, loaded?.State) is { } refusal) return refusal;
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await services.Documents.ViewAsync(loaded!.State, cancellationToken));
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        string id, string name, string? expires, string? sig, HttpContext context, [AsParameters] DocumentApiServices services,
        CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(id)) return Problem.Of(context, DocumentProblems.InvalidLink, StatusCodes.Status403Forbidden);
        switch (services.Links.Check(id, name, expires, sig))
        {
            case LinkCheck.Invalid: return Problem.Of(context, DocumentProblems.InvalidLink, StatusCodes.Status403Forbidden);
            case LinkCheck.Expired: return Problem.Of(context, DocumentProblems.LinkExpired, StatusCodes.Status410Gone);
        }
        // A link is only handed out for a released file, but it must not outlive a reply that is not the one it came with.
        if (await services.Cases.LoadAsync(id, cancellationToken) is not { } loaded || !CaseDocuments.IsReleased(loaded.State)
            || await services.Documents.OpenAsync(id, CaseDocuments.Release, name, cancellationToken) is not var (document, content))
            return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(content, document.ContentType, document.FileName);
    }
}
