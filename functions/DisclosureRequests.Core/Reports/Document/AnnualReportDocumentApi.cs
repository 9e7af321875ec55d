using System.Globalization;
using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Reports.Document;

/// <summary>
/// The complete annual report (format of 国办公开办函〔2021〕30号) for administrators: read it, edit its parts,
/// download it as HTML or Word, publish it.
/// </summary>
public static class AnnualReportDocumentApi
{
    public static IEndpointRouteBuilder MapAnnualReportDocumentApi(this IEndpointRouteBuilder app)
    {
        var document = app.MapGroup("/api/reports/annual/{year}/document").AllowRoles(Roles.Administrator).WithTags("Reports");
        document.MapGet("", GetAsync)
            .WithSummary("The whole report, six sections: json (with the editable parts and versions), html or docx; ?version=N for a published version")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        document.MapPut("", PutAsync)
            .WithSummary("Replace the editable parts: section 二's figures, the text of 一 (null keeps the draft) and 五, other matters of 六; If-Match welcome")
            .Accepts<AnnualReportDocumentParts>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        document.MapPost("/publication", PublishAsync)
            .WithSummary("Publish the current version: frozen in every format, downloadable by its number from then on")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<ReportDocumentView>, FileContentHttpResult, FileStreamHttpResult, ProblemHttpResult>> GetAsync(
        string year, string? format, string? version, HttpContext context, [AsParameters] ReportDocumentApiServices services, CancellationToken ct)
    {
        if (Year(year, services.Time) is not { } y) return YearProblem(context, services.Time);
        var extension = (format ?? "json").ToLowerInvariant();
        if (!AnnualReportDocuments.Formats.Contains(extension))
            return Problem.Validation(context, new Dictionary<string, string[]>
            {
                ["format"] = [ReportProblems.FormatMessage(Problem.PrefersEnglish(context), AnnualReportDocuments.Formats)],
            });
        if (version is not null)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
                return Problem.Validation(context, new Dictionary<string, string[]> { ["version"] = [FieldMessages.For("range", Problem.PrefersEnglish(context))] });
            if (await services.Store.OpenVersionAsync(y, number, extension, ct) is { } stored)
                return TypedResults.Stream(stored.Content, stored.ContentType, $"annual-report-{y}-v{number}.{extension}");
            return Problem.Of(context, ReportDocumentProblems.VersionNotFound, StatusCodes.Status404NotFound);
        }
        var outcome = await services.Documents.CurrentAsync(y, ct);
        if (outcome is not DocumentOutcome.Done done) return Answer(context, outcome);
        context.Response.Headers.ETag = ETag(done.View);
        if (extension == "json") return TypedResults.Ok(done.View);
        var file = AnnualReportDocuments.Render(done.View, extension);
        return TypedResults.File(file.Content, file.ContentType, $"annual-report-{y}-v{done.View.Version}{(done.View.State == ReportDocumentView.Draft ? "-draft" : "")}.{extension}");
    }

    private static async Task<Results<Ok<ReportDocumentView>, ProblemHttpResult>> PutAsync(
        string year, [FromHeader(Name = CaseVersionCondition.HeaderName)] string? ifMatchHeader, HttpContext context,
        [AsParameters] ReportDocumentApiServices services, CancellationToken ct)
    {
        if (Year(year, services.Time) is not { } y) return YearProblem(context, services.Time);
        var (parts, problem) = await JsonBody.ReadAsync<AnnualReportDocumentParts>(context, ct);
        if (problem is not null) return problem;
        var errors = parts!.Check();
        if (errors.Count > 0) return Problem.Validation(context, FieldMessages.Map(errors, Problem.PrefersEnglish(context)));
        int? ifMatch = null;
        var header = ifMatchHeader ?? "";
        if (header.Length > 0 && header != "*")
        {
            if (!int.TryParse(header.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
                return Problem.Of(context, ReportDocumentProblems.ChangedSinceRead, StatusCodes.Status412PreconditionFailed);
            ifMatch = revision;
        }
        var outcome = await services.Documents.UpdateAsync(y, parts, ifMatch, Actors.Officer(context.User).Id, ct);
        if (outcome is not DocumentOutcome.Done done) return Answer(context, outcome);
        context.Response.Headers.ETag = ETag(done.View);
        return TypedResults.Ok(done.View);
    }

    private static async Task<Results<Created<ReportDocumentView>, Ok<ReportDocumentView>, ProblemHttpResult>> PublishAsync(
        string year, HttpContext context, [AsParameters] ReportDocumentApiServices services, CancellationToken ct)
    {
        if (Year(year, services.Time) is not { } y) return YearProblem(context, services.Time);
        var outcome = await services.Documents.PublishAsync(y, Actors.Officer(context.User).Id, ct);
        if (outcome is not DocumentOutcome.Done done) return Answer(context, outcome);
        context.Response.Headers.ETag = ETag(done.View);
        if (done.Created) return TypedResults.Created($"/api/reports/annual/{y}/document?version={done.View.Version}", done.View);
        return TypedResults.Ok(done.View);
    }

    private static ProblemHttpResult Answer(HttpContext context, DocumentOutcome outcome) => outcome switch
    {
        DocumentOutcome.NotCompiled => Problem.Of(context, ReportProblems.NotCompiled, StatusCodes.Status404NotFound),
        DocumentOutcome.ChangedSinceRead => Problem.Of(context, ReportDocumentProblems.ChangedSinceRead, StatusCodes.Status412PreconditionFailed),
        DocumentOutcome.YearNotOver => Problem.Of(context, ReportDocumentProblems.YearNotOver, StatusCodes.Status409Conflict),
        DocumentOutcome.Incomplete incomplete => Problem.Of(context, ReportDocumentProblems.Incomplete, StatusCodes.Status409Conflict,
            ReportDocumentProblems.IncompleteDetail(Problem.PrefersEnglish(context), incomplete.Missing)),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
    };

    /// <summary>The revision of the editable parts: what If-Match on PUT must name.</summary>
    private static string ETag(ReportDocumentView view) => $"\"{view.Revision}\"";

    private static int? Year(string text, TimeProvider time) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && ReportYears.IsCompilable(year, time)
            ? year
            : null;

    private static ProblemHttpResult YearProblem(HttpContext context, TimeProvider time) =>
        Problem.Validation(context, new Dictionary<string, string[]>
        {
            ["year"] = [ReportProblems.YearMessage(Problem.PrefersEnglish(context), ChinaTime.Today(time).Year)],
        });
}
