using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Throttling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Intake;

/// <summary>What an applicant does on their own application, proving ownership with the access code.</summary>
public static class ApplicantActionsApi
{
    public static IEndpointRouteBuilder MapApplicantActionsApi(this IEndpointRouteBuilder app)
    {
        var request = app.MapGroup("/api/requests/{id}").AllowAnyone().WithTags("Applicants");
        request.MapPost("/clarification", AnswerClarificationAsync)
            .WithSummary("Answer the clarification request (补正, Art. 30); the reply period restarts")
            .Accepts<ClarificationAnswerBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        request.MapPost("/withdrawal", WithdrawAsync)
            .WithSummary("Withdraw the application")
            .Accepts<WithdrawalBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        request.MapPost("/email-confirmation", ConfirmEmailAsync)
            .WithSummary("Confirm the e-mail address with the code mailed to it; the letters kept for it are then sent")
            .Accepts<EmailConfirmationBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static Task<Results<Ok<ApplicationView>, ProblemHttpResult>> AnswerClarificationAsync(
        string id, [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey, [FromHeader(Name = CaseVersionCondition.HeaderName)] string? ifMatch,
        [AsParameters] ApplicantApiServices services, HttpContext context, CancellationToken ct) =>
        RunAsync<ClarificationAnswerBody>(id, idempotencyKey, ifMatch, services, context, b => new CaseCommand.AnswerClarification(b.Answer ?? ""), ct);

    private static Task<Results<Ok<ApplicationView>, ProblemHttpResult>> WithdrawAsync(
        string id, [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey, [FromHeader(Name = CaseVersionCondition.HeaderName)] string? ifMatch,
        [AsParameters] ApplicantApiServices services, HttpContext context, CancellationToken ct) =>
        RunAsync<WithdrawalBody>(id, idempotencyKey, ifMatch, services, context, b => new CaseCommand.Withdraw(string.IsNullOrWhiteSpace(b.Reason) ? null : b.Reason.Trim()), ct);

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> ConfirmEmailAsync(
        string id, HttpContext context, [AsParameters] ApplicantApiServices services, CancellationToken ct)
    {
        var loaded = await services.Store.LoadAsync(id, ct);
        if (services.Attempts.Refusal(context, loaded?.State, staffMaySee: false) is { } refusal) return refusal;
        var (body, problem) = await JsonBody.ReadAsync<EmailConfirmationBody>(context, ct);
        if (problem is not null) return problem;
        var state = loaded!.State;
        if (state.EmailConfirmationPending)
        {
            if (!services.EmailCodes.Matches(state.Id, state.Application.Applicant.Email ?? "", body!.Code))
            {
                // Counted with wrong access codes: whoever holds the access code still cannot guess the address's code.
                services.Throttles.WrongAccessCodesPerCase.Count(state.Id);
                services.Throttles.WrongAccessCodesPerClient.Count(ClientAddresses.Of(context));
                services.Loggers.CreateLogger(typeof(EmailConfirmation)).LogInformation("Wrong e-mail confirmation code for case {CaseId}", state.Id);
                var english = Problem.PrefersEnglish(context);
                return Problem.Validation(context, new Dictionary<string, string[]>
                {
                    ["code"] = [english ? "The confirmation code does not match the one mailed to the address." : "确认码不正确，请核对发送到您电子邮箱的确认码。"],
                });
            }
            var outcome = await services.Commands.ExecuteAsync(id, new CaseCommand.ConfirmApplicantEmail(), Actor.Applicant, null, ct);
            // Confirmed meanwhile by a second tab: the address is confirmed either way.
            if (outcome is not CommandOutcome.Refused { Refusal.Code: "email-not-pending" })
            {
                var letters = await TrackingApi.LettersAsync(id, services.Correspondence, ct);
                return CommandAnswers.Answer(context, outcome, s => services.View(s, letters));
            }
            state = (await services.Store.LoadAsync(id, ct))!.State;
        }
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(services.View(state, await TrackingApi.LettersAsync(id, services.Correspondence, ct)));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> RunAsync<TBody>(
        string id, string? idempotencyKey, string? ifMatchHeader, ApplicantApiServices services, HttpContext context, Func<TBody, CaseCommand> command,
        CancellationToken ct)
        where TBody : class
    {
        var loaded = await services.Store.LoadAsync(id, ct);
        if (services.Attempts.Refusal(context, loaded?.State, staffMaySee: false) is { } refusal) return refusal;
        var (key, badKey) = IdempotencyKeys.Check(idempotencyKey, context);
        if (badKey is not null) return badKey;
        var (ifMatch, badTag) = CaseVersionCondition.Read(ifMatchHeader, context);
        if (badTag is not null) return badTag;
        var (body, problem) = await JsonBody.ReadAsync<TBody>(context, ct);
        if (problem is not null) return problem;
        var outcome = await services.Commands.ExecuteAsync(id, command(body!), Actor.Applicant, key, ifMatch, ct);
        var letters = await TrackingApi.LettersAsync(id, services.Correspondence, ct);
        return CommandAnswers.Answer(context, outcome, s => services.View(s, letters));
    }
}

public sealed record ClarificationAnswerBody([property: System.ComponentModel.DataAnnotations.MaxLength(DisclosureRequests.Intake.ApplicationRules.MaxDescriptionLength)] string? Answer);

public sealed record WithdrawalBody(string? Reason);

public sealed record EmailConfirmationBody([property: System.ComponentModel.DataAnnotations.MaxLength(32)] string? Code);
