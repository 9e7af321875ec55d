using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Problems;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Letters to applicants without an e-mail address: the print queue across cases, and recording each letter posted
/// or served, which goes on the case's history (one transaction, like every change) and the applicant's page.
/// </summary>
public static class PaperLettersApi
{
    public static IEndpointRouteBuilder MapPaperLettersApi(this IEndpointRouteBuilder app)
    {
        var letters = app.MapGroup("/api").AllowRoles(Roles.CaseOfficer).WithTags("Cases");
        letters.MapGet("/print-queue", ListAsync)
            .WithSummary("Paper letters to print and post or hand over, oldest first");
        letters.MapGet("/posted-letters", PostedAsync)
            .WithSummary("Letters posted whose return receipt is still to be recorded, oldest first; each says whether a time limit waits on it");
        letters.MapPost("/cases/{id}/correspondence/{itemId}/dispatch", DispatchAsync)
            .WithName("letter-dispatch")
            .WithSummary("Record a paper letter as posted (registered-post, express, ordinary-post) or served in person, and on which day")
            .Accepts<LetterDispatchBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        letters.MapPost("/cases/{id}/correspondence/{itemId}/receipt", ReceiptAsync)
            .WithName("letter-receipt")
            .WithSummary("Record the day a posted letter was signed for, from its return receipt or the carrier's record; a time limit the letter set runs from then")
            .Accepts<LetterReceiptBody>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PrintQueueEntry>>> ListAsync([AsParameters] CorrespondenceApiServices services, CancellationToken ct)
    {
        var entries = new List<PrintQueueEntry>();
        foreach (var (caseId, itemId, kind, trackingNumber, queuedAt, partyName, partyAddress) in await services.Index.PrintQueueAsync(ct))
        {
            var state = (await services.Cases.LoadAsync(caseId, ct))?.State;
            if (state is null || state.LetterDispatches.Any(d => d.ItemId == itemId))
            {
                // Recorded, but the process stopped before it took the letter off the queue.
                await services.Index.DequeuePrintAsync(caseId, itemId, ct);
                continue;
            }
            var applicant = state.Application.Applicant;
            var (addressee, address, delivery) = partyName is null
                ? (applicant.Name, applicant.Address, state.Application.Delivery)
                : (partyName, partyAddress, "post");
            entries.Add(new PrintQueueEntry(caseId, itemId, kind, trackingNumber, LetterKinds.Find(kind)?.Title ?? kind, addressee,
                address, delivery, queuedAt, $"/api/cases/{caseId}/correspondence/{Uri.EscapeDataString(itemId)}"));
        }
        return TypedResults.Ok<IReadOnlyList<PrintQueueEntry>>(entries);
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> DispatchAsync(
        string id, string itemId, [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
        [FromHeader(Name = CaseVersionCondition.HeaderName)] string? ifMatchHeader, HttpContext context,
        [AsParameters] CorrespondenceApiServices services, CancellationToken ct)
    {
        var (request, refused) = await ReadAsync<LetterDispatchBody>(id, itemId, idempotencyKey, ifMatchHeader, context, services, ct);
        if (refused is not null) return refused;
        var (key, ifMatch, body, letter) = request!;
        // A letter waiting for an address that is never confirmed, or whose e-mail could not be delivered, is served on paper instead.
        if (letter.Status is not (DeliveryStatus.ToPost or DeliveryStatus.Posted or DeliveryStatus.Served or DeliveryStatus.AwaitingConfirmation or DeliveryStatus.Parked))
            return Problem.Of(context, ProblemTypes.NotAllowedNow, StatusCodes.Status409Conflict, "只有待邮寄的纸质文书需要记录邮寄或送达");

        var undelivered = letter.Status == DeliveryStatus.Parked;
        var command = new CaseCommand.RecordLetterDispatch(itemId, letter.Title, body.Method ?? "", body.On, undelivered);
        var outcome = await services.Commands.ExecuteAsync(id, command, Actors.Officer(context.User), key, ifMatch, ct);
        if (outcome is CommandOutcome.Applied { State: var state } && state.LetterDispatches.FirstOrDefault(d => d.ItemId == itemId) is { } dispatch)
        {
            if (undelivered) await services.Index.UnparkAsync(id, itemId, ct);
            if (AwaitsReceipt(state, dispatch))
                await services.Index.AwaitReceiptAsync(new(id, itemId, letter.Kind, state.TrackingNumber, AddresseeOf(state, itemId), dispatch.On, dispatch.Method), ct);
            else await services.Index.DequeuePrintAsync(id, itemId, ct);
        }
        return CommandAnswers.Answer(context, outcome, services.Commands.View);
    }

    /// <summary>
    /// A letter by registered post or express comes back with a receipt to record; one by ordinary post does not,
    /// unless a time limit waits on its service and the officer must find out when it arrived.
    /// </summary>
    private static bool AwaitsReceipt(CaseState state, LetterDispatch dispatch) =>
        !dispatch.IsServed && (dispatch.Method != LetterDispatch.OrdinaryPost || state.AwaitsService(dispatch.ItemId));

    private static string AddresseeOf(CaseState state, string itemId) =>
        state.Consultations.FirstOrDefault(c => c.Service?.ItemId == itemId)?.Party.Name ?? state.Application.Applicant.Name;

    private static async Task<Ok<IReadOnlyList<PostedLetterEntry>>> PostedAsync([AsParameters] CorrespondenceApiServices services, CancellationToken ct)
    {
        var entries = new List<PostedLetterEntry>();
        foreach (var posted in await services.Index.AwaitingReceiptAsync(ct))
        {
            var state = (await services.Cases.LoadAsync(posted.CaseId, ct))?.State;
            if (state?.LetterDispatches.FirstOrDefault(d => d.ItemId == posted.ItemId) is not { IsServed: false })
            {
                // Recorded, but the process stopped before it took the letter off the list.
                await services.Index.ReceiptRecordedAsync(posted.CaseId, posted.ItemId, ct);
                continue;
            }
            entries.Add(new PostedLetterEntry(posted.CaseId, posted.ItemId, posted.Kind, posted.TrackingNumber, LetterKinds.Find(posted.Kind)?.Title ?? posted.Kind,
                posted.Addressee, posted.PostedOn, posted.Method, state.AwaitsService(posted.ItemId)));
        }
        return TypedResults.Ok<IReadOnlyList<PostedLetterEntry>>(entries);
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> ReceiptAsync(
        string id, string itemId, [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
        [FromHeader(Name = CaseVersionCondition.HeaderName)] string? ifMatchHeader, HttpContext context,
        [AsParameters] CorrespondenceApiServices services, CancellationToken ct)
    {
        var (request, refused) = await ReadAsync<LetterReceiptBody>(id, itemId, idempotencyKey, ifMatchHeader, context, services, ct);
        if (refused is not null) return refused;
        var (key, ifMatch, body, letter) = request!;

        var command = new CaseCommand.RecordLetterReceipt(itemId, letter.Title, body.On);
        var outcome = await services.Commands.ExecuteAsync(id, command, Actors.Officer(context.User), key, ifMatch, ct);
        if (outcome is CommandOutcome.Applied) await services.Index.ReceiptRecordedAsync(id, itemId, ct);
        return CommandAnswers.Answer(context, outcome, services.Commands.View);
    }

    /// <summary>What a record of a paper letter acts on, read in the order every command route reads it: headers, body, then the letter.</summary>
    private sealed record LetterRequest<TBody>(string? Key, CaseVersionCondition? IfMatch, TBody Body, CorrespondenceEntry Letter);

    private static async Task<(LetterRequest<TBody>? Request, ProblemHttpResult? Refused)> ReadAsync<TBody>(
        string id, string itemId, string? idempotencyKey, string? ifMatchHeader, HttpContext context, CorrespondenceApiServices services, CancellationToken ct)
        where TBody : class
    {
        var (key, badKey) = IdempotencyKeys.Check(idempotencyKey, context);
        if (badKey is not null) return (null, badKey);
        var (ifMatch, badTag) = CaseVersionCondition.Read(ifMatchHeader, context);
        if (badTag is not null) return (null, badTag);
        var (body, problem) = await JsonBody.ReadAsync<TBody>(context, ct);
        if (problem is not null) return (null, problem);
        var letter = CaseIds.IsWellFormed(id)
            ? (await services.Correspondence.ListAsync(id, ct)).FirstOrDefault(e => e.Id == itemId && (e.Letter is not null || e.Dispatch is not null))
            : null;
        return letter is null
            ? (null, Problem.Of(context, ProblemTypes.NotFound, StatusCodes.Status404NotFound))
            : (new LetterRequest<TBody>(key, ifMatch, body!, letter), null);
    }
}
