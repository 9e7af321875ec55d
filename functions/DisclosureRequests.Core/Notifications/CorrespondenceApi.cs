using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Notifications;

/// <summary>What a case has sent and how delivery went; and, for administrators, what gave up.</summary>
public static class CorrespondenceApi
{
    public static IEndpointRouteBuilder MapCorrespondenceApi(this IEndpointRouteBuilder app)
    {
        var correspondence = app.MapGroup("/api/cases/{id}/correspondence").AllowRoles(Roles.Staff).WithTags("Cases");
        correspondence.MapGet("", List)
            .WithSummary("Every letter and mail of the case with its delivery status (pending, delivered, to-post, parked)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        correspondence.MapGet("/{itemId}", Letter)
            .WithSummary("The letter as sent (HTML), for printing letters to be posted")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var parked = app.MapGroup("/api/admin/parked-messages").AllowRoles(Roles.Administrator).WithTags("Administration");
        parked.MapGet("", Parked)
            .WithSummary("Messages that gave up after repeated delivery failures, across cases");

        parked.MapPost("/{caseId}/{itemId}/retry", Retry)
            .WithSummary("Send a parked message again, with a fresh count of attempts")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<CorrespondenceEntry>>, ProblemHttpResult>> List(
        string id, HttpContext context, [AsParameters] CorrespondenceApiServices services, CancellationToken cancellationToken)
    {
        if (await services.Cases.LoadAsync(id, cancellationToken) is null) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        return TypedResults.Ok(await services.Correspondence.ListAsync(id, cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Letter(
        string id, string itemId, HttpContext context, [AsParameters] CorrespondenceApiServices services, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(id) || await services.Archive.ReadHtmlAsync(id, itemId, cancellationToken) is not { } html)
            return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        // The letter quotes what the applicant wrote; it is escaped, and the policy keeps it inert even if it were not.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Bytes(html.ToArray(), "text/html; charset=utf-8");
    }

    private static async Task<Ok<IReadOnlyList<ParkedMessage>>> Parked([AsParameters] CorrespondenceApiServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await services.Index.ParkedAsync(cancellationToken));

    private static async Task<Results<Accepted, ProblemHttpResult>> Retry(
        string caseId, string itemId, HttpContext context, [AsParameters] CorrespondenceApiServices services, CancellationToken cancellationToken) =>
        await services.Delivery.RetryParkedAsync(caseId, itemId, cancellationToken)
            ? TypedResults.Accepted($"/api/cases/{caseId}/correspondence")
            : Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
}
