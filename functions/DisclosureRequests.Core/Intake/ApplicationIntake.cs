using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Intake;

/// <summary>
/// Files an application: its tracking number and what was received in one write, which fixes what the applicant is
/// told; then its case, with the first history line and the acknowledgement (<see cref="ApplicationRegistrar"/>).
/// </summary>
public sealed class ApplicationIntake(
    CaseStore cases, TrackingNumbers trackingNumbers, PendingApplications pending, ApplicationRegistrar registrar, CaseCommands commands, AccessCodeIssuer accessCodes,
    WorkingDayCalendars calendars, MailSettings mail, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Task> inFlight = new();

    public async Task<IntakeOutcome> FileAsync(
        ApplicationRequest request,
        string channel,
        DateOnly receivedOn,
        string? idempotencyKey,
        string? registeredBy,
        CancellationToken cancellationToken)
    {
        using var receiving = registrar.Receiving();
        if (idempotencyKey is null) return await FileOnceAsync(request, channel, receivedOn, null, registeredBy, cancellationToken);

        // Retries of one submission reaching this instance together take turns, so the later ones replay the first
        // instead of each drawing a tracking number that its lost race would leave unused.
        var caseId = CaseIds.FromIdempotencyKey(idempotencyKey);
        var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        while (!inFlight.TryAdd(caseId, turn.Task))
        {
            if (inFlight.TryGetValue(caseId, out var earlier)) await earlier.WaitAsync(cancellationToken);
        }
        try
        {
            return await FileOnceAsync(request, channel, receivedOn, idempotencyKey, registeredBy, cancellationToken);
        }
        finally
        {
            inFlight.TryRemove(caseId, out _);
            turn.SetResult();
        }
    }

    private async Task<IntakeOutcome> FileOnceAsync(
        ApplicationRequest request,
        string channel,
        DateOnly receivedOn,
        string? idempotencyKey,
        string? registeredBy,
        CancellationToken cancellationToken)
    {
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, Json.Options)));
        var caseId = idempotencyKey is null ? CaseIds.New() : CaseIds.FromIdempotencyKey(idempotencyKey);

        // A retry is told by its case id's claim, written with its number; a case numbered before claims were kept is looked up.
        if (idempotencyKey is not null && !await pending.ClaimsCoverRetriesAsync(time.GetUtcNow(), cancellationToken)
            && await ReplayAsync(caseId, idempotencyKey, requestHash, cancellationToken) is { } earlier)
            return earlier;

        var accessCode = idempotencyKey is null ? accessCodes.New() : accessCodes.ForIdempotentSubmission(idempotencyKey, caseId, requestHash);
        var filing = new PendingFiling(caseId, request.ToDetails(), channel, receivedOn, time.GetUtcNow(), AccessCodes.Hash(accessCode),
            idempotencyKey is null ? null : requestHash, registeredBy, NeedsAddressConfirmation(request, registeredBy));
        var calendar = calendars.Current;
        string trackingNumber;
        try
        {
            trackingNumber = await trackingNumbers.IssueAsync(
                receivedOn.Year, new PendingApplication(caseId, ApplicationRegistrar.Payload(filing), filing.FiledAt), cancellationToken);
        }
        catch (AlreadyNumbered) when (idempotencyKey is not null)
        {
            // Lost a race with a concurrent retry of the same submission: answer as the winner did.
            return await ReplayAsync(caseId, idempotencyKey, requestHash, cancellationToken)
                ?? throw new InvalidOperationException("A numbered application is neither received nor registered.");
        }
        await registrar.SubmitAsync(filing, trackingNumber);
        return new IntakeOutcome.Filed(Receipt(filing.Open(trackingNumber, calendar).State, accessCode), Replayed: false);
    }

    private async Task<IntakeOutcome?> ReplayAsync(string caseId, string idempotencyKey, string requestHash, CancellationToken cancellationToken)
    {
        var existing = await cases.LoadAsync(caseId, cancellationToken);
        if (existing is null) return null;
        if (existing.State.RequestHash != requestHash) return new IntakeOutcome.KeyReused();
        var accessCode = accessCodes.ForIdempotentSubmission(idempotencyKey, caseId, requestHash);
        return new IntakeOutcome.Filed(Receipt(existing.State, accessCode), Replayed: true);
    }

    /// <summary>
    /// Anyone can type any address into the public form; an address an officer took down from the applicant in person
    /// or from a paper form needs no proof.
    /// </summary>
    private bool NeedsAddressConfirmation(ApplicationRequest request, string? registeredBy) =>
        mail.ConfirmApplicantAddresses && registeredBy is null && !string.IsNullOrWhiteSpace(request.Applicant?.Email);

    private SubmissionReceipt Receipt(CaseState state, string accessCode)
    {
        var reading = commands.ReadClock(state);
        return new SubmissionReceipt(state.Id, state.TrackingNumber, accessCode, state.Status.ToCode(), state.ReceivedOn, reading.ReplyDueOn)
        {
            EmailConfirmation = EmailConfirmation.Of(state),
        };
    }
}
