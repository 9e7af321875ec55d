using System.Globalization;
using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Reports.Exports;
using DisclosureRequests.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Reports;

/// <summary>The annual report (Arts. 49–50) for administrators: compile a year now, follow the compile, download it.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports/annual").AllowRoles(Roles.Administrator).WithTags("Reports");
        reports.MapPost("/{year}", Compile)
            .WithSummary("Compile a year's report now and store it in every format; send Prefer: respond-async to follow it by its status")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<AnnualReportStatus>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reports.MapGet("/{year}", Download)
            .WithSummary("The stored annual report, as json, csv, xlsx, md or html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/{year}/status", Status)
            .WithSummary("Where the latest compile of a year stands: compiling (with the records read so far), completed or failed")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> Compile(
        string year, HttpContext context, AnnualReportStore store, TimeProvider time, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (Year(year, context, time) is not { } y) return YearProblem(context, time);
        var compiles = Compiles(context);
        var started = await compiles.StartAsync(y, cancellationToken);
        var statusUrl = $"/api/reports/annual/{y}/status";
        if (context.Request.Headers["Prefer"].ToString().Contains("respond-async", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers["Preference-Applied"] = "respond-async";
            return TypedResults.Accepted(statusUrl, await CurrentAsync(compiles, store, y, cancellationToken) ?? started);
        }
        // Under the Functions host an HTTP call must answer within minutes; a longer compile continues in the background.
        var within = TimeSpan.FromSeconds(configuration.GetValue("Reports:AnswerWithinSeconds", 20));
        var status = await compiles.EndAsync(y, within, cancellationToken);
        if (status is null or { State: AnnualReportStatus.Compiling })
            return TypedResults.Accepted(statusUrl, await CurrentAsync(compiles, store, y, cancellationToken) ?? started);
        if (status.State == AnnualReportStatus.Failed) return DoesNotBalance(context, status);
        return await Download(year, "json", context, store, time, cancellationToken);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        string year, string? format, HttpContext context, AnnualReportStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Year(year, context, time) is not { } y) return YearProblem(context, time);
        var extension = (format ?? "json").ToLowerInvariant();
        if (!AnnualReportExports.SupportedFormats.Contains(extension))
            return Problem.Validation(context, new Dictionary<string, string[]>
            {
                ["format"] = [ReportProblems.FormatMessage(Problem.PrefersEnglish(context), AnnualReportExports.SupportedFormats)],
            });
        if (await store.OpenReportAsync(y, extension, cancellationToken) is not { } stored)
            return Problem.Of(context, ReportProblems.NotCompiled, StatusCodes.Status404NotFound);
        return TypedResults.Stream(stored.Content, stored.ContentType, $"annual-report-{y}.{extension}");
    }

    private static async Task<Results<Ok<AnnualReportStatus>, ProblemHttpResult>> Status(string year, HttpContext context, AnnualReportStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Year(year, context, time) is not { } y) return YearProblem(context, time);
        context.Response.Headers.CacheControl = "no-store";
        return await CurrentAsync(Compiles(context), store, y, cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : Problem.Of(context, ReportProblems.NotCompiled, StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// The host's compiles: under the Functions host the function hands its Durable client over as a request feature
    /// (the client is a binding, not a service); elsewhere the app's own.
    /// </summary>
    private static IAnnualReportCompiles Compiles(HttpContext context) =>
        context.Features.Get<IAnnualReportCompiles>() ?? context.RequestServices.GetRequiredService<IAnnualReportCompiles>();

    /// <summary>The compile under way as its orchestration shows it, else the status stored by the last one.</summary>
    private static async Task<AnnualReportStatus?> CurrentAsync(IAnnualReportCompiles compiles, AnnualReportStore store, int year, CancellationToken cancellationToken) =>
        await compiles.RunningAsync(year, cancellationToken) ?? await store.ReadStatusAsync(year, cancellationToken);

    private static int? Year(string text, HttpContext context, TimeProvider time) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && ReportYears.IsCompilable(year, time)
            ? year
            : null;

    private static ProblemHttpResult YearProblem(HttpContext context, TimeProvider time) =>
        Problem.Validation(context, new Dictionary<string, string[]>
        {
            ["year"] = [ReportProblems.YearMessage(Problem.PrefersEnglish(context), ChinaTime.Today(time).Year)],
        });

    private static IResult DoesNotBalance(HttpContext context, AnnualReportStatus status)
    {
        var type = ReportProblems.DoesNotBalance;
        var details = new ProblemDetails
        {
            Type = type.Uri,
            Title = type.Title(Problem.PrefersEnglish(context)),
            Status = StatusCodes.Status422UnprocessableEntity,
            Detail = status.Error,
        };
        details.Extensions["caseIds"] = status.CaseIds ?? [];
        details.Extensions["unbalancedColumns"] = status.UnbalancedColumns ?? [];
        return TypedResults.Problem(details);
    }
}
