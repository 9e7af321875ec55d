using DisclosureRequests.Core.Security;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Core.Cases;

/// <summary>The outcomes and reasons an officer may draft, with their labels, from the national table itself.</summary>
public static class ReplyOutcomesApi
{
    /// <summary>Set by the system when the applicant lets a deadline pass, never drafted.</summary>
    private static readonly string[] SystemReasons = ["clarification-lapsed", "fee-unpaid"];

    public static IEndpointRouteBuilder MapReplyOutcomesApi(this IEndpointRouteBuilder app)
    {
        var outcomes = app.MapGroup("/api/reply-outcomes").AllowRoles(Roles.Staff).WithTags("Cases");
        outcomes.MapGet("", () => TypedResults.Ok(Draftable()))
            .WithSummary("The outcomes and reasons of a reply (Art. 36), as the annual report's national table words them");
        return app;
    }

    private static IReadOnlyList<OutcomeCategory> Draftable() =>
        ReportTable.Outcomes.Select(o => o with { Reasons = o.Reasons.Where(r => !SystemReasons.Contains(r.Code)).ToList() })
            .Where(o => o.Code != "other" || o.Reasons.Count > 0)
            .ToList();
}
