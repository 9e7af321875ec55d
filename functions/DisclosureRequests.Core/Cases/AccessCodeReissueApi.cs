using System.ComponentModel.DataAnnotations;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// <c>POST /api/cases/{id}/access-code</c>: an applicant who lost the access code gets a new one from a case officer,
/// who checked who they are. The answer shows the code this once; the old code stops working.
/// </summary>
public static class AccessCodeReissueApi
{
    public static IEndpointRouteBuilder MapAccessCodeReissueApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases/{id}/access-code", ReissueAsync)
            .AllowRoles(Roles.CaseOfficer)
            .WithTags("Cases")
            .WithName("access-code-reissue")
            .WithSummary("Give the applicant a new access code, after checking who they are; the old one stops working. The code is shown only in this answer.")
            .Accepts<AccessCodeReissueBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return app;
    }

    private static async Task<Results<Ok<ReissuedAccessCode>, ProblemHttpResult>> ReissueAsync(
        string id, [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
        [FromHeader(Name = CaseVersionCondition.HeaderName)] string? ifMatchHeader, HttpContext context,
        CaseCommands commands, AccessCodeIssuer issuer, CancellationToken ct)
    {
        var (key, badKey) = IdempotencyKeys.Check(idempotencyKey, context);
        if (badKey is not null) return badKey;
        var (ifMatch, badTag) = CaseVersionCondition.Read(ifMatchHeader, context);
        if (badTag is not null) return badTag;
        var (body, problem) = await JsonBody.ReadAsync<AccessCodeReissueBody>(context, ct);
        if (problem is not null) return problem;

        // With an Idempotency-Key a retry derives the same code, so the officer who lost the first answer still gets it.
        var code = key is null ? issuer.New() : issuer.ForReissue(key, id);
        var command = new CaseCommand.ReissueAccessCode(AccessCodes.Hash(code), body!.IdentityCheck ?? "");
        var outcome = await commands.ExecuteAsync(id, command, Actors.Officer(context.User), key, ifMatch, ct);
        // A replay answers the code only while it is still the case's: a later reissue replaced it.
        if (outcome is CommandOutcome.Applied { Replayed: true } replay && replay.State.AccessCodeHash != command.AccessCodeHash)
            return Problem.Of(context, ProblemTypes.NotAllowedNow, StatusCodes.Status409Conflict,
                Problem.PrefersEnglish(context) ? "The access code has been reissued again since." : "该查询码此后已再次重新生成。");
        return CommandAnswers.Answer(context, outcome, state => new ReissuedAccessCode(state.TrackingNumber, code));
    }
}

public sealed record AccessCodeReissueBody([property: MaxLength(CaseWorkflow.MaxIdentityCheckLength)] string? IdentityCheck);

/// <summary>The new access code, for the officer to give the applicant; it is never stored or shown again.</summary>
public sealed record ReissuedAccessCode(string TrackingNumber, string AccessCode);
