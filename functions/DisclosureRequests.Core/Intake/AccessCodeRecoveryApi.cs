using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Security.Cryptography;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Throttling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Intake;

/// <summary>
/// <c>POST /api/requests/access-code-recovery</c>: an applicant who lost the access code names the tracking number and
/// the e-mail address they confirmed; a new code goes to that address. The answer is the same whether or not anything
/// was sent, so the route tells no one which numbers and addresses belong together.
/// </summary>
public static class AccessCodeRecoveryApi
{
    /// <summary>
    /// Every answer takes at least this long: a matching request writes to the case, and an answer that came sooner
    /// when nothing matched would tell a prober which numbers and addresses belong together.
    /// </summary>
    public static readonly TimeSpan AnswerFloor = TimeSpan.FromMilliseconds(400);

    public static IEndpointRouteBuilder MapAccessCodeRecoveryApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests/access-code-recovery", RecoverAsync)
            .AllowAnyone()
            .WithTags("Applicants")
            .WithSummary("Send a new access code to the application's confirmed e-mail address, if the tracking number and the address match; the old code then stops working. Answers 202 either way.")
            .Accepts<AccessCodeRecoveryBody>("application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RecoverAsync(
        HttpContext context, [AsParameters] ApplicantApiServices services, AccessCodeIssuer issuer, CancellationToken ct)
    {
        if (!services.Throttles.RecoveriesPerClient.TryTake(ClientAddresses.Of(context)))
            return TooManyRequests.Problem(context, services.Throttles.RecoveriesPerClient.RetryAfter());
        var (body, problem) = await JsonBody.ReadAsync<AccessCodeRecoveryBody>(context, ct);
        if (problem is not null) return problem;
        var english = Problem.PrefersEnglish(context);
        var missing = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body!.TrackingNumber)) missing["trackingNumber"] = [FieldMessages.For("required", english)];
        if (string.IsNullOrWhiteSpace(body.Email)) missing["email"] = [FieldMessages.For("required", english)];
        if (missing.Count > 0) return Problem.Validation(context, missing);

        var started = Stopwatch.GetTimestamp();
        var number = body.TrackingNumber!.Trim();
        var caseId = await services.TrackingNumbers.CaseIdAsync(number, ct);
        var state = caseId is null ? null : (await services.Store.LoadAsync(caseId, ct))?.State;
        // Only the case's own confirmed address; each recovery replaces the code the applicant holds.
        if (state is { Import: null } && state.TrackingNumber == number && CaseWorkflow.HasConfirmedEmail(state)
            && MailboxKey.Of(state.Application.Applicant.Email!) == MailboxKey.Of(body.Email!))
        {
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            // The case itself refuses a second code too soon, whichever instance answers.
            var command = new CaseCommand.RecoverAccessCodeByEmail(AccessCodes.Hash(issuer.ForRecovery(state.Id, nonce)), nonce, services.Throttles.RecoverySpacing);
            await services.Commands.ExecuteAsync(state.Id, command, Actor.Applicant, null, ct);
        }
        // A timer may wake a little early; wait until the floor has truly passed.
        for (var left = AnswerFloor - Stopwatch.GetElapsedTime(started); left > TimeSpan.Zero; left = AnswerFloor - Stopwatch.GetElapsedTime(started))
            await Task.Delay(left + TimeSpan.FromMilliseconds(1), ct);
        return TypedResults.Accepted((string?)null);
    }
}

public sealed record AccessCodeRecoveryBody([property: MaxLength(20)] string? TrackingNumber, [property: MaxLength(254)] string? Email);
