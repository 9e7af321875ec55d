using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// Import of the cases an agency handled before it adopted the system (Administrator), so the year's report counts
/// them: the file, all rows valid or nothing stored, and the template to fill in.
/// </summary>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports/cases").AllowRoles(Roles.Administrator).WithTags("Imports");
        imports.MapPost("", ImportAsync)
            .WithSummary("Import past cases from a CSV or XLSX file (the body, or the one file of a multipart form); all rows valid or nothing stored")
            // No Accepts metadata: routing would refuse another media type with a bare 415 before the handler's own problem.
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        imports.MapGet("/template", Template)
            .WithSummary("The file to fill in, as csv or xlsx, with the allowed values of every column")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Ok<ImportAnswer>, ProblemHttpResult>> ImportAsync(HttpContext context, CaseImporter importer, IConfiguration configuration, CancellationToken ct)
    {
        var maxBytes = configuration.GetValue("Imports:MaxFileBytes", ImportUpload.DefaultMaxBytes);
        var (file, problem) = await ImportUpload.ReceiveAsync(context.Request, maxBytes, ct);
        if (problem is { } p) return Problem.Of(context, p.Type, p.Status);
        try
        {
            var outcome = await importer.ImportAsync(file!, Actors.Officer(context.User).Id, ct);
            return outcome switch
            {
                ImportOutcome.Imported done => TypedResults.Ok(new ImportAnswer(done.FileName, done.Sha256, done.Rows, done.Created, done.AlreadyImported)),
                ImportOutcome.Invalid invalid => Invalid(context, invalid),
                _ => throw new InvalidOperationException(),
            };
        }
        finally
        {
            ImportUpload.Discard(file);
        }
    }

    private static ProblemHttpResult Invalid(HttpContext context, ImportOutcome.Invalid invalid)
    {
        var english = Problem.PrefersEnglish(context);
        var details = new ProblemDetails
        {
            Type = ImportProblems.InvalidRows.Uri,
            Title = ImportProblems.InvalidRows.Title(english),
            Status = StatusCodes.Status422UnprocessableEntity,
            Detail = ImportProblems.InvalidRowsDetail(english, invalid.Count),
        };
        details.Extensions["errors"] = invalid.Errors.Select(e => new ImportErrorView(e.Row, e.Field, ImportMessages.For(e.Code, english))).ToList();
        details.Extensions["errorCount"] = invalid.Count;
        return TypedResults.Problem(details);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Template(string? format, HttpContext context)
    {
        var kind = ImportFileKind.ByName(format);
        if (kind is null)
            return Problem.Validation(context, new Dictionary<string, string[]>
            {
                ["format"] = [Problem.PrefersEnglish(context) ? "The format is csv or xlsx" : "文件格式应为 csv 或 xlsx"],
            });
        var content = kind == ImportFileKind.Xlsx ? ImportTemplate.Xlsx() : ImportTemplate.Csv();
        return TypedResults.File(content, kind == ImportFileKind.Csv ? "text/csv; charset=utf-8" : kind.MediaType, "past-cases" + kind.Extension);
    }

    public sealed record ImportAnswer(string FileName, string Sha256, int Rows, int Created, int AlreadyImported);

    public sealed record ImportErrorView(int Row, string Field, string Message);
}
