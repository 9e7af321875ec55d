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

/// <summary>Files an application: tracking number, access code, the case and its first history line in one write.</summary>
public sealed class ApplicationIntake(
    CaseStore cases, TrackingNumbers trackingNumbers, CaseCommands commands, AccessCodeIssuer accessCodes, WorkingDayCalendars calendars, MailSettings mail, TimeProvider time)
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

        if (idempotencyKey is not null && await ReplayAsync(caseId, idempotencyKey, requestHash, cancellationToken) is { } earlier)
            return earlier;

        var accessCode = idempotencyKey is null ? accessCodes.New() : accessCodes.ForIdempotentSubmission(idempotencyKey, caseId, requestHash);
        var filedAt = time.GetUtcNow();
        var calendar = calendars.Current;
        CaseDecision.Accepted Open(string trackingNumber)
        {
            var opened = CaseFiling.Open(
                caseId, trackingNumber, request.ToDetails(), channel, receivedOn, filedAt,
                AccessCodes.Hash(accessCode), idempotencyKey is null ? null : requestHash, registeredBy, calendar);
            return NeedsAddressConfirmation(request, registeredBy) ? opened with { State = opened.State with { EmailConfirmationPending = true } } : opened;
        }

        if (await commands.CreateAsync(trackingNumbers.IssueAsync(receivedOn.Year, caseId, cancellationToken), Open, cancellationToken) is { } filed)
            return new IntakeOutcome.Filed(Receipt(filed.State, accessCode), Replayed: false);

        // Lost a race with a concurrent retry of the same submission: answer as the winner did.
        return await ReplayAsync(caseId, idempotencyKey!, requestHash, cancellationToken)
            ?? throw new InvalidOperationException("A case with a fresh random id already exists.");
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
