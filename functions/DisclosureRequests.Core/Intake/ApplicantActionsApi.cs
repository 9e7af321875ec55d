using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Core.Throttling;

namespace DisclosureRequests.Core.Intake;

/// <summary>What an applicant does on their own application, proving ownership with the access code.</summary>
public static class ApplicantActionsApi
{
    public static IEndpointRouteBuilder MapApplicantActionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests/{id}/clarification", (string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, CancellationToken ct) =>
                RunAsync<ClarificationAnswerBody>(id, context, store, commands, correspondence, b => new CaseCommand.AnswerClarification(b.Answer ?? ""), ct))
            .AllowAnyone()
            .WithTags("Applicants")
            .WithSummary("Answer the clarification request (补正, Art. 30); the reply period restarts")
            .Accepts<ClarificationAnswerBody>("application/json")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/requests/{id}/withdrawal", (string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, CancellationToken ct) =>
                RunAsync<WithdrawalBody>(id, context, store, commands, correspondence, b => new CaseCommand.Withdraw(string.IsNullOrWhiteSpace(b.Reason) ? null : b.Reason.Trim()), ct))
            .AllowAnyone()
            .WithTags("Applicants")
            .WithSummary("Withdraw the application")
            .Accepts<WithdrawalBody>("application/json")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> RunAsync<TBody>(
        string id, HttpContext context, CaseStore store, CaseCommands commands, Correspondence correspondence, Func<TBody, CaseCommand> command, CancellationToken ct)
        where TBody : class
    {
        var loaded = await store.LoadAsync(id, ct);
        if (context.RequestServices.GetRequiredService<AccessCodeAttempts>().Refusal(context, loaded?.State, staffMaySee: false) is { } refusal) return refusal;
        var (key, badKey) = IdempotencyKeys.Read(context);
        if (badKey is not null) return badKey;
        var (body, problem) = await JsonBody.ReadAsync<TBody>(context, ct);
        if (problem is not null) return problem;
        var outcome = await commands.ExecuteAsync(id, command(body!), Actor.Applicant, key, ct);
        var letters = await TrackingApi.LettersAsync(id, correspondence, ct);
        return CommandAnswers.Answer(context, outcome, s => TrackingApi.View(s, commands.ReadClock(s), letters));
    }
}

public sealed record ClarificationAnswerBody([property: System.ComponentModel.DataAnnotations.MaxLength(DisclosureRequests.Intake.ApplicationRules.MaxDescriptionLength)] string? Answer);

public sealed record WithdrawalBody(string? Reason);
