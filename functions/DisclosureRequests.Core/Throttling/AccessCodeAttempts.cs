using DisclosureRequests.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Core.Throttling;

/// <summary>
/// Whether a caller may see or act on a case: staff may; an applicant with the case's access code may, unless the case
/// or the caller's address has used up its wrong attempts for the window — then even the right code waits, so
/// guessing gains nothing. Wrong codes are logged with the case id only: never the code, never the address.
/// </summary>
public sealed class AccessCodeAttempts(Throttles throttles, ILogger<AccessCodeAttempts> logger)
{
    /// <summary>Null when the caller may go on (never without a case); otherwise the answer to give (404, or 429 once over the limit).</summary>
    public ProblemHttpResult? Refusal(HttpContext context, CaseState? state, bool staffMaySee = true)
    {
        if (state is not null && staffMaySee && Roles.Staff.Any(context.User.IsInRole)) return null;
        var presented = context.Request.Headers[AccessCodes.HeaderName].ToString();
        if (presented.Length == 0) return NotFound(context);

        var client = ClientAddresses.Of(context);
        var perCase = throttles.WrongAccessCodesPerCase;
        var perClient = throttles.WrongAccessCodesPerClient;
        if ((state is not null && perCase.IsExhausted(state.Id)) || perClient.IsExhausted(client))
        {
            logger.LogWarning("Access code attempt refused for case {CaseId}: too many wrong codes in the window", state?.Id ?? "(unknown)");
            return TooManyRequests.Problem(context, perCase.RetryAfter());
        }
        if (state is not null && AccessCodes.Matches(presented, state.AccessCodeHash)) return null;

        if (state is not null) perCase.Count(state.Id);
        perClient.Count(client);
        logger.LogInformation("Wrong access code for case {CaseId}", state?.Id ?? "(unknown)");
        return NotFound(context);
    }

    private static ProblemHttpResult NotFound(HttpContext context) => Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
}
