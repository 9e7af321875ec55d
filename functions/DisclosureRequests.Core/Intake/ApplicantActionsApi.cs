using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Core.Throttling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Intake;

/// <summary>What an applicant does on their own application, proving ownership with the access code.</summary>
public static class ApplicantActionsApi
{
    public static IEndpointRouteBuilder MapApplicantActionsApi(this IEndpointRouteBuilder app)
    {
        var request = app.MapGroup("/api/requests/{id}").AllowAnyone().WithTags("Applicants");
        request.MapPost("/clarification", (string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, CancellationToken ct) =>
                RunAsync<ClarificationAnswerBody>(id, context, store, commands, correspondence, b => new CaseCommand.AnswerClarification(b.Answer ?? ""), ct))
            .WithSummary("Answer the clarification request (补正, Art. 30); the reply period restarts")
            .Accepts<ClarificationAnswerBody>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        request.MapPost("/withdrawal", (string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, CancellationToken ct) =>
                RunAsync<WithdrawalBody>(id, context, store, commands, correspondence, b => new CaseCommand.Withdraw(string.IsNullOrWhiteSpace(b.Reason) ? null : b.Reason.Trim()), ct))
            .WithSummary("Withdraw the application")
            .Accepts<WithdrawalBody>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        request.MapPost("/email-confirmation", ConfirmEmailAsync)
            .WithSummary("Confirm the e-mail address with the code mailed to it; the letters kept for it are then sent")
            .Accepts<EmailConfirmationBody>("application/json")
            .Produces<ApplicationView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> ConfirmEmailAsync(
        string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, EmailConfirmationCodes codes,
        Throttles throttles, ILoggerFactory loggers, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, ct);
        if (context.RequestServices.GetRequiredService<AccessCodeAttempts>().Refusal(context, loaded?.State, staffMaySee: false) is { } refusal) return refusal;
        var (body, problem) = await JsonBody.ReadAsync<EmailConfirmationBody>(context, ct);
        if (problem is not null) return problem;
        var state = loaded!.State;
        if (state.EmailConfirmationPending)
        {
            if (!codes.Matches(state.Id, state.Application.Applicant.Email ?? "", body!.Code))
            {
                // Counted with wrong access codes: whoever holds the access code still cannot guess the address's code.
                throttles.WrongAccessCodesPerCase.Count(state.Id);
                throttles.WrongAccessCodesPerClient.Count(ClientAddresses.Of(context));
                loggers.CreateLogger(typeof(EmailConfirmation)).LogInformation("Wrong e-mail confirmation code for case {CaseId}", state.Id);
                var english = Problem.PrefersEnglish(context);
                return Problem.Validation(context, new Dictionary<string, string[]>
                {
                    ["code"] = [english ? "The confirmation code does not match the one mailed to the address." : "确认码不正确，请核对发送到您电子邮箱的确认码。"],
                });
            }
            var outcome = await commands.ExecuteAsync(id, new CaseCommand.ConfirmApplicantEmail(), Actor.Applicant, null, ct);
            // Confirmed meanwhile by a second tab: the address is confirmed either way.
            if (outcome is not CommandOutcome.Refused { Refusal.Code: "email-not-pending" })
            {
                var letters = await TrackingApi.LettersAsync(id, correspondence, ct);
                return CommandAnswers.Answer(context, outcome, s => TrackingApi.View(s, commands.ReadClock(s), letters));
            }
            state = (await store.LoadAsync(id, ct))!.State;
        }
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(TrackingApi.View(state, commands.ReadClock(state), await TrackingApi.LettersAsync(id, correspondence, ct)));
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> RunAsync<TBody>(
        string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, Func<TBody, CaseCommand> command, CancellationToken ct)
        where TBody : class
    {
        var loaded = await store.LoadAsync(id, ct);
        if (context.RequestServices.GetRequiredService<AccessCodeAttempts>().Refusal(context, loaded?.State, staffMaySee: false) is { } refusal) return refusal;
        var (key, badKey) = IdempotencyKeys.Read(context);
        if (badKey is not null) return badKey;
        var (ifMatch, badTag) = CaseVersionCondition.Read(context);
        if (badTag is not null) return badTag;
        var (body, problem) = await JsonBody.ReadAsync<TBody>(context, ct);
        if (problem is not null) return problem;
        var outcome = await commands.ExecuteAsync(id, command(body!), Actor.Applicant, key, ifMatch, ct);
        var letters = await TrackingApi.LettersAsync(id, correspondence, ct);
        return CommandAnswers.Answer(context, outcome, s => TrackingApi.View(s, commands.ReadClock(s), letters));
    }
}

public sealed record ClarificationAnswerBody([property: System.ComponentModel.DataAnnotations.MaxLength(DisclosureRequests.Intake.ApplicationRules.MaxDescriptionLength)] string? Answer);

public sealed record WithdrawalBody(string? Reason);

public sealed record EmailConfirmationBody([property: System.ComponentModel.DataAnnotations.MaxLength(32)] string? Code);
