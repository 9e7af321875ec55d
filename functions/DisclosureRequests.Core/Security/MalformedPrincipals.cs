using DisclosureRequests.Core.Problems;
using Microsoft.AspNetCore.Authentication;

namespace DisclosureRequests.Core.Security;

/// <summary>
/// A request carrying an <c>X-MS-CLIENT-PRINCIPAL</c> that cannot be read (not base64 JSON, no claims, a claim
/// without type or value, no name) is answered 401 on every route, also on those open to anyone: the caller meant to
/// be someone, and answering as if they were anonymous would hide the fault.
/// </summary>
public static class MalformedPrincipals
{
    public static IApplicationBuilder UseMalformedPrincipalRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Headers.ContainsKey(ClientPrincipalAuthentication.HeaderName) &&
            (await context.AuthenticateAsync(ClientPrincipalAuthentication.SchemeName)).Failure is not null)
        {
            await Problem.Write(context, ProblemTypes.Unauthenticated, StatusCodes.Status401Unauthorized);
            return;
        }
        await next(context);
    });
}
