using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Cases;
using DisclosureRequests.Functions.Problems;
using DisclosureRequests.Functions.Security;
using DisclosureRequests.Functions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DisclosureRequests.Functions.Intake;

/// <summary>An applicant follows their own application with its access code; officers see any.</summary>
public static class TrackingApi
{
    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/requests/{id}", Get)
            .AllowAnyone()
            .WithTags("Applicants")
            .WithSummary("Status, dates and letters of an application, for its owner (X-Access-Code) or an officer")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> Get(
        string id, HttpContext context, CaseStore store, CaseCommands commands, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(id, cancellationToken);
        // Unknown id and wrong code answer alike, so the endpoint cannot be used to probe which ids exist.
        if (loaded is null || !MaySee(context, loaded.State)) return Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(View(loaded.State, commands.ReadClock(loaded.State)));
    }

    public static bool MaySee(HttpContext context, CaseState state) =>
        Roles.Staff.Any(context.User.IsInRole) ||
        AccessCodes.Matches(context.Request.Headers[AccessCodes.HeaderName].ToString(), state.AccessCodeHash);

    public static ApplicationView View(CaseState state, DisclosureRequests.Clock.ClockReading deadline) => new(
        state.Id, state.TrackingNumber, state.Status.ToCode(), state.Channel, state.ReceivedOn,
        deadline.ReplyDueOn, deadline.WorkingDaysLeft,
        state.Application.Applicant.Type, state.Application.Applicant.Name,
        state.Application.Description, state.Application.Format, state.Application.Delivery);
}
