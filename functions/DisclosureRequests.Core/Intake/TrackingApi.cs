using DisclosureRequests.Cases;
using DisclosureRequests.Clock;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Intake;

/// <summary>An applicant follows their own application with its access code; officers see any.</summary>
public static class TrackingApi
{
    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/requests").AllowAnyone().WithTags("Applicants");
        requests.MapGet("/{id}", Get)
            .WithSummary("Status, dates, letters and released documents of an application, for its owner (X-Access-Code) or staff")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapGet("/by-tracking-number/{trackingNumber}", GetByTrackingNumber)
            .WithSummary("The same as GET /api/requests/{id}, found by the tracking number the applicant was given")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapGet("/{id}/letters/{letterId}", Letter)
            .WithSummary("A letter sent to the applicant, as sent (HTML)")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> Get(
        string id, HttpContext context, [AsParameters] ApplicantApiServices services, CancellationToken cancellationToken)
    {
        var loaded = await services.Store.LoadAsync(id, cancellationToken);
        // Unknown id and wrong code answer alike, so the endpoint cannot be used to probe which ids exist.
        if (services.Attempts.Refusal(context, loaded?.State) is { } refusal) return refusal;
        return await AnswerAsync(loaded!.State, context, services, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetByTrackingNumber(
        string trackingNumber, HttpContext context, [AsParameters] ApplicantApiServices services, CancellationToken cancellationToken)
    {
        var number = trackingNumber.Trim();
        var caseId = await services.TrackingNumbers.CaseIdAsync(number, cancellationToken);
        var loaded = caseId is null ? null : await services.Store.LoadAsync(caseId, cancellationToken);
        // Unknown number and wrong code answer alike. Tracking numbers are sequential and easy to guess, so it is the
        // access code alone (100 random bits) that keeps a case private; the same answer keeps that the only secret.
        if (services.Attempts.Refusal(context, loaded?.State.TrackingNumber == number ? loaded.State : null) is { } refusal) return refusal;
        return await AnswerAsync(loaded!.State, context, services, cancellationToken);
    }

    private static async Task<Ok<ApplicationView>> AnswerAsync(
        CaseState state, HttpContext context, ApplicantApiServices services, CancellationToken cancellationToken)
    {
        var letters = await LettersAsync(state.Id, services.Correspondence, cancellationToken);
        // The page shows the 补正 notice's items and the fee notice's amount, how to pay and by when: what the letter says.
        state = await ServeReadAsync(state, [state.Clarification?.Service?.ItemId, state.Fee?.Service?.ItemId], letters, context, services, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ETag = $"\"{state.Version}\"";
        return TypedResults.Ok(services.View(state, letters) with
        {
            Documents = await services.Documents.ViewAsync(state, cancellationToken),
        });
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Letter(
        string id, string letterId, HttpContext context, [AsParameters] ApplicantApiServices services, CancellationToken cancellationToken)
    {
        var loaded = await services.Store.LoadAsync(id, cancellationToken);
        if (services.Attempts.Refusal(context, loaded?.State) is { } refusal) return refusal;
        var letters = await LettersAsync(id, services.Correspondence, cancellationToken);
        if (!letters.Any(l => l.Id == letterId) || await services.Letters.ReadHtmlAsync(id, letterId, cancellationToken) is not { } html)
            return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        await ServeReadAsync(loaded!.State, [letterId], letters, context, services, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Bytes(html.ToArray(), "text/html; charset=utf-8");
    }

    /// <summary>
    /// A letter still to be served that the applicant reads here, with the access code only they hold, has reached
    /// them: its time limit runs from today (<see cref="CaseCommand.RecordOnlineReading"/>). Staff reading it serve
    /// nothing. Where the record cannot be written the page still answers, with the case as it now stands.
    /// </summary>
    private static async Task<CaseState> ServeReadAsync(
        CaseState state, IEnumerable<string?> shown, IReadOnlyList<ApplicantLetter> letters, HttpContext context,
        ApplicantApiServices services, CancellationToken cancellationToken)
    {
        if (Roles.Staff.Any(context.User.IsInRole)) return state;
        var read = state.ApplicantLettersAwaitingService().Intersect(shown.OfType<string>()).ToArray();
        if (read.Length == 0) return state;
        var titles = read.ToDictionary(id => id, id => letters.FirstOrDefault(l => l.Id == id)?.Title ?? "");
        var outcome = await services.Commands.ExecuteAsync(state.Id, new CaseCommand.RecordOnlineReading(titles), Actor.Applicant, null, null, cancellationToken);
        return outcome is CommandOutcome.Applied applied ? applied.State : (await services.Store.LoadAsync(state.Id, cancellationToken))?.State ?? state;
    }

    /// <summary>
    /// Only the letters addressed to the applicant: officers' reminders and third parties' letters stay internal, and a
    /// mail carrying a new access code is read in the mailbox it went to.
    /// </summary>
    public static async Task<IReadOnlyList<ApplicantLetter>> LettersAsync(string caseId, Correspondence correspondence, CancellationToken cancellationToken) =>
        (await correspondence.ListAsync(caseId, cancellationToken))
            .Where(e => e.Audience == "applicant" && LetterKinds.Find(e.Kind)?.IsFormalLetter != false)
            .Select(e => new ApplicantLetter(e.Id, e.Kind, e.Title, e.CreatedAt, e.DeliveredAt, e.Status, $"/api/requests/{caseId}/letters/{e.Id}",
                e.Dispatch?.ServedOn ?? e.Dispatch?.On, e.Dispatch?.Method))
            .ToArray();

    public static ApplicationView View(CaseState state, ClockReading deadline, IReadOnlyList<ApplicantLetter> letters) => new(
        state.Id, state.TrackingNumber, state.Status.ToCode(), state.Channel, state.ReceivedOn,
        deadline.ReplyDueOn, deadline.WorkingDaysLeft,
        state.Application.Applicant.Type, state.Application.Applicant.Name,
        state.Application.Description, state.Application.Format, state.Application.Delivery, letters,
        Clarification: state.Clarification is { } asked ? new ApplicantClarification(asked.Items, asked.RequestedOn, asked.ReplyBy, asked.AnsweredOn, asked.ReplyWithinWorkingDays) : null)
    {
        EmailConfirmation = EmailConfirmation.Of(state),
    };
}
