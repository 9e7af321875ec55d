using System.Text.Json;
using DisclosureRequests.Calendar;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Throttling;
using DisclosureRequests.Intake;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Intake;

/// <summary>How an application gets in: online by the applicant, or registered by an officer from paper or in person.</summary>
public static class IntakeApi
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests", SubmitOnline)
            .AllowAnyone()
            .RequireRateLimiting(RateLimits.FilingPolicy)
            .WithTags("Applicants")
            .WithSummary("File an application (Art. 29); the access code in the answer is shown only once")
            .Accepts<ApplicationRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        app.MapPost("/api/cases", RegisterReceived)
            .AllowRoles(Roles.CaseOfficer)
            .WithTags("Cases")
            .WithSummary("Register an application received in person, by post or by fax, with its date of receipt (Art. 31)")
            .Accepts<ApplicationRequest>("application/json")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Created<SubmissionReceipt>, ProblemHttpResult>> SubmitOnline(
        [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey, HttpContext context, [AsParameters] IntakeApiServices services,
        CancellationToken cancellationToken)
    {
        var (key, badKey) = IdempotencyKeys.Check(idempotencyKey, context);
        if (badKey is not null) return badKey;
        var (request, errors) = await ReadAsync(context, cancellationToken);
        if (request is null) return Problem.Validation(context, FieldMessages.Map(errors, Problem.PrefersEnglish(context)));
        // Each filing mails the address given, so an address is limited however many clients name it.
        if (request.ToDetails().Applicant.Email is { } email && !services.Throttles.FilingsPerEmail.TryTake(MailboxKey.Of(email)))
            return TooManyRequests.Problem(context, services.Throttles.FilingsPerEmail.RetryAfter());
        // Online applications are confirmed to the applicant at once, which fixes the date of receipt (Art. 31(3)).
        return Answer(await services.Intake.FileAsync(request, "online", ChinaTime.Today(services.Time), key, null, cancellationToken), context);
    }

    private static async Task<Results<Created<SubmissionReceipt>, ProblemHttpResult>> RegisterReceived(
        [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey, HttpContext context, [AsParameters] IntakeApiServices services,
        CancellationToken cancellationToken)
    {
        var (key, badKey) = IdempotencyKeys.Check(idempotencyKey, context);
        if (badKey is not null) return badKey;
        var (request, errors) = await ReadAsync(context, cancellationToken);
        var fieldErrors = errors.ToList();
        DateOnly receivedOn = default;
        if (request is not null)
        {
            if (!ApplicationRules.Channels.Contains(request.Channel)) fieldErrors.Add(new FieldError("channel", "channel"));
            if (!DateOnly.TryParseExact(request.ReceivedOn, "yyyy-MM-dd", out receivedOn)) fieldErrors.Add(new FieldError("receivedOn", "date"));
            else if (receivedOn > ChinaTime.Today(services.Time)) fieldErrors.Add(new FieldError("receivedOn", "date-in-future"));
            // Before the calendar's first year no period can be computed, and no such application is still open.
            else if (receivedOn < services.Calendar.FirstDay) fieldErrors.Add(new FieldError("receivedOn", "date-before-calendar"));
        }
        if (request is null || fieldErrors.Count > 0) return Problem.Validation(context, FieldMessages.Map(fieldErrors, Problem.PrefersEnglish(context)));
        var officer = context.User.Identity!.Name!;
        return Answer(await services.Intake.FileAsync(request, request.Channel!, receivedOn, key, officer, cancellationToken), context);
    }

    private static async Task<(ApplicationRequest? Request, IReadOnlyList<FieldError> Errors)> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ApplicationRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync<ApplicationRequest>(RequestJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException or NotSupportedException)
        {
            return (null, [new FieldError("body", "malformed")]);
        }
        var errors = ApplicationRules.Check(request?.ToDetails());
        return errors.Count == 0 ? (request, errors) : (null, errors);
    }

    private static Results<Created<SubmissionReceipt>, ProblemHttpResult> Answer(IntakeOutcome outcome, HttpContext context)
    {
        switch (outcome)
        {
            case IntakeOutcome.Filed filed:
                if (filed.Replayed) context.Response.Headers["Idempotent-Replayed"] = "true";
                context.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created($"/api/requests/{filed.Receipt.Id}", filed.Receipt);
            default:
                return Problem.Of(context, ProblemTypes.IdempotencyKeyReused, StatusCodes.Status422UnprocessableEntity);
        }
    }
}
