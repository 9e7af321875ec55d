using DisclosureRequests.Cases;
using DisclosureRequests.Clock;
using DisclosureRequests.Functions.Attachments;
using DisclosureRequests.Functions.Cases;
using DisclosureRequests.Functions.Notifications;
using DisclosureRequests.Functions.Problems;
using DisclosureRequests.Functions.Security;
using DisclosureRequests.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Functions.Intake;

/// <summary>An applicant follows their own application with its access code; officers see any.</summary>
public static class TrackingApi
{
    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/requests/{id}", Get)
            .AllowAnyone()
            .WithTags("Applicants")
            .WithSummary("Status, dates, letters and released documents of an application, for its owner (X-Access-Code) or staff")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/requests/{id}/letters/{letterId}", Letter)
            .AllowAnyone()
            .WithTags("Applicants")
            .WithSummary("A letter sent to the applicant, as sent (HTML)")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> Get(
        string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, CaseDocuments documents,
        CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(id, cancellationToken);
        // Unknown id and wrong code answer alike, so the endpoint cannot be used to probe which ids exist.
        if (loaded is null || !MaySee(context, loaded.State)) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        context.Response.Headers.CacheControl = "no-store";
        var letters = await LettersAsync(id, correspondence, cancellationToken);
        return TypedResults.Ok(View(loaded.State, commands.ReadClock(loaded.State), letters) with
        {
            Documents = await documents.ViewAsync(id, cancellationToken),
        });
    }

    private static async Task<IResult> Letter(
        string id, string letterId, HttpContext context, CaseStore store, Correspondence correspondence, LetterArchive archive, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(id, cancellationToken);
        if (loaded is null || !MaySee(context, loaded.State)
            || !(await LettersAsync(id, correspondence, cancellationToken)).Any(l => l.Id == letterId)
            || await archive.ReadHtmlAsync(id, letterId, cancellationToken) is not { } html)
            return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Bytes(html.ToArray(), "text/html; charset=utf-8");
    }

    public static bool MaySee(HttpContext context, CaseState state) =>
        Roles.Staff.Any(context.User.IsInRole) ||
        AccessCodes.Matches(context.Request.Headers[AccessCodes.HeaderName].ToString(), state.AccessCodeHash);

    /// <summary>Only what was addressed to the applicant: officers' reminders and third parties' letters stay internal.</summary>
    public static async Task<IReadOnlyList<ApplicantLetter>> LettersAsync(string caseId, Correspondence correspondence, CancellationToken cancellationToken) =>
        (await correspondence.ListAsync(caseId, cancellationToken))
            .Where(e => e.Audience == "applicant")
            .Select(e => new ApplicantLetter(e.Id, e.Kind, e.Title, e.CreatedAt, e.DeliveredAt, e.Status, $"/api/requests/{caseId}/letters/{e.Id}"))
            .ToArray();

    public static ApplicationView View(CaseState state, ClockReading deadline, IReadOnlyList<ApplicantLetter> letters) => new(
        state.Id, state.TrackingNumber, state.Status.ToCode(), state.Channel, state.ReceivedOn,
        deadline.ReplyDueOn, deadline.WorkingDaysLeft,
        state.Application.Applicant.Type, state.Application.Applicant.Name,
        state.Application.Description, state.Application.Format, state.Application.Delivery, letters);
}
