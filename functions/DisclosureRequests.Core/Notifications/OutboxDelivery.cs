using Azure;
using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Cases.Letters;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Sends what commands left in a case's outbox. Each row is claimed under its ETag before anything is sent, so two
/// dispatchers never send one item twice; a claim is a lease, so a dispatcher that dies mid-send delays an item but
/// never loses it. Failures are retried with backoff and parked after <see cref="RetrySchedule.MaxAttempts"/>.
/// Logs carry ids, kinds and statuses only: names, addresses and letter text stay out of them.
/// </summary>
public sealed class OutboxDelivery(
    StorageClients storage,
    CaseStore cases,
    LetterComposer composer,
    LetterArchive archive,
    IMailTransport transport,
    MailSettings mail,
    DeliveryIndex index,
    TimeProvider time,
    ILogger<OutboxDelivery> logger,
    Staff.StaffDirectory staff,
    Security.EmailConfirmationCodes confirmationCodes,
    Cases.Orchestration.CaseOrchestrationMode orchestrations,
    Security.AccessCodeIssuer accessCodes,
    Func<Cases.CaseCommands> commands)
{
    private readonly OutboxRowWriter rows = new(storage, index, mail.DeliveryLease, logger);

    private TimeSpan Lease => mail.DeliveryLease;

    private TableClient Cases => storage.Table(StorageNames.CasesTable);

    /// <summary>Delivers every due item of the case; answers how many reached the addressee or the post tray.</summary>
    public async Task<int> DeliverPendingAsync(string caseId, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(caseId)) return 0;
        var mark = await index.MarkAsync(caseId, time.GetUtcNow() + Lease, cancellationToken);
        var pass = await PassAsync(caseId, null, cancellationToken);
        await index.SettleAsync(caseId, mark, pass.NextLookAt, cancellationToken);
        return pass.Delivered;
    }

    /// <summary>
    /// For the case's orchestration, which keeps the time of the next look itself (a durable timer), so the retry index
    /// is not written: delivers every due item and answers when something is next due (a retry, or a claim's lease).
    /// </summary>
    public Task<OutboxPass> DeliverDueAsync(string caseId, CancellationToken cancellationToken) =>
        DeliverDueAsync(caseId, null, cancellationToken);

    /// <summary>As above, with the case as the caller just read it, if it did, so that the pass need not read it again.</summary>
    public async Task<OutboxPass> DeliverDueAsync(string caseId, CaseState? justRead, CancellationToken cancellationToken) =>
        CaseIds.IsWellFormed(caseId) ? await PassAsync(caseId, justRead, cancellationToken) : new OutboxPass(0, null);

    private async Task<OutboxPass> PassAsync(string caseId, CaseState? justRead, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = justRead;
        var open = await OpenRowsAsync(caseId, cancellationToken);
        // Held letters go out once the address is confirmed: the confirming commit's nudge, or the sweep after a crash, comes here.
        if (open.Any(IsHeld)) state ??= (await cases.LoadAsync(caseId, cancellationToken))?.State;
        bool StillHeld(TableEntity row) => IsHeld(row) && state?.EmailConfirmationPending != false;
        var finished = 0;
        var takenOver = false;
        foreach (var row in open)
        {
            if (StillHeld(row) || NextLook(row) > now) continue;
            if (await rows.ClaimAsync(row, now, cancellationToken) is not { } claimed)
            {
                takenOver = true;
                continue;
            }
            state ??= (await cases.LoadAsync(caseId, cancellationToken))?.State;
            switch (await DeliverAsync(claimed, state, now, cancellationToken))
            {
                case RowWritten.Finished: finished++; break;
                case RowWritten.TakenOver: takenOver = true; break;
            }
        }
        // Each row now holds what this pass wrote to it, so only a row another dispatcher took over is read again. An
        // item a command added meanwhile is announced by that command (its signal, or the retry index entry it set).
        var stillOpen = takenOver ? await OpenRowsAsync(caseId, cancellationToken) : open.Where(IsOpen);
        var next = stillOpen.Where(r => !StillHeld(r)).Select(NextLook).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        return new OutboxPass(finished, next == DateTimeOffset.MaxValue ? null : next);
    }

    /// <summary>For the sweep: delivers the cases whose retry time (or an abandoned claim's lease) has passed.</summary>
    public async Task<int> DeliverDueRetriesAsync(int maxCases, CancellationToken cancellationToken)
    {
        var finished = 0;
        foreach (var caseId in await index.DueAsync(time.GetUtcNow(), maxCases, cancellationToken))
            finished += await DeliverPendingAsync(caseId, cancellationToken);
        return finished;
    }

    /// <summary>
    /// Where orchestrations deliver: a case the retry index still names (written before they did, or by a process that
    /// did not run them) is handed to its orchestration, and its entry goes.
    /// </summary>
    public async Task<int> HandOverDueRetriesAsync(Cases.Orchestration.ICaseOrchestrations orchestrations, int maxCases, CancellationToken cancellationToken)
    {
        var handedOver = 0;
        foreach (var caseId in await index.DueAsync(time.GetUtcNow(), maxCases, cancellationToken))
        {
            try
            {
                await orchestrations.SignalAsync(caseId, cancellationToken);
                await index.ForgetAsync(caseId, cancellationToken);
                handedOver++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox of case {CaseId} not handed to its orchestration; its entry stays for the next sweep", caseId);
            }
        }
        return handedOver;
    }

    /// <summary>
    /// Call before committing a command that adds outbox items: if the process dies before it dispatches them, the
    /// sweep (<see cref="DeliverDueRetriesAsync"/>) still finds the case after <see cref="Lease"/>.
    /// </summary>
    public Task ExpectItemsAsync(string caseId, bool newCase, CancellationToken cancellationToken) => newCase
        ? index.FirstLookAsync(caseId, time.GetUtcNow() + Lease, cancellationToken)
        : index.LookNoLaterThanAsync(caseId, time.GetUtcNow() + Lease, cancellationToken);

    /// <summary>An administrator sends a parked item again, with a fresh count of attempts.</summary>
    public async Task<bool> RetryParkedAsync(string caseId, string itemId, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(caseId)) return false;
        var row = await Cases.GetEntityIfExistsAsync<TableEntity>(caseId, CaseStore.OutboxRowPrefix + itemId, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value!.GetString("Status") != DeliveryStatus.Parked) return false;
        var entity = row.Value;
        entity["Status"] = DeliveryStatus.Pending;
        entity["Attempts"] = 0;
        entity["NextAttemptAt"] = null;
        await Cases.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Merge, cancellationToken);
        await index.UnparkAsync(caseId, itemId, cancellationToken);
        await index.DequeuePrintAsync(caseId, itemId, cancellationToken);
        // Where orchestrations deliver, the queue message tells the case's orchestration, as after a commit.
        if (orchestrations.Runs) await storage.Queue(StorageNames.OutboxQueue).SendMessageAsync(caseId, cancellationToken);
        else await DeliverPendingAsync(caseId, cancellationToken);
        return true;
    }

    private async Task<RowWritten> DeliverAsync(TableEntity row, CaseState? state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = row.GetInt32("Attempts") ?? 0;
        OutboxItem item;
        try
        {
            item = WithRecoveredCode(WithCaseFacts(OutboxEntities.FromEntity(row), state), row.PartitionKey);
        }
        catch (LetterNotComposableException e)
        {
            return Written(await rows.ParkAsync(row, OutboxEntities.EnvelopeOf(row), state?.TrackingNumber ?? "", attempts, e.Message, now, cancellationToken));
        }
        // An e-mail going out after the day its time limit was counted from: the case will count it from today.
        var late = state is not null && CaseWorkflow.CountsFromBeforeItsEmail(state, item.Id, ChinaTime.DateOf(now));
        if (late) item = CountedFromReceipt(item);
        Letter letter;
        try
        {
            letter = composer.Compose(item, ChinaTime.DateOf(now));
        }
        catch (LetterNotComposableException e)
        {
            return Written(await rows.ParkAsync(row, item, state, attempts, e.Message, now, cancellationToken));
        }
        var kind = LetterKinds.Find(item.Kind)!;
        if (kind.IsFormalLetter) await archive.StoreAsync(row.PartitionKey, item.Id, letter, cancellationToken);

        var to = await Recipients.ForAsync(item, state, staff, cancellationToken);
        if (to.Count == 0)
        {
            if (kind.IsFormalLetter) return Finished(await rows.FinishAsync(row, item, DeliveryStatus.ToPost, null, now, cancellationToken));
            return Written(await rows.ParkAsync(row, item, state, attempts, $"No e-mail address for audience '{item.Audience}'", now, cancellationToken));
        }

        var holding = item.Audience == "applicant" && state?.EmailConfirmationPending == true;
        if (holding && item.Kind != LetterKinds.Acknowledgement)
        {
            return Written(await rows.HoldAsync(row, item, null, cancellationToken));
        }
        // In place of the acknowledgement, which quotes the request, the unconfirmed address gets only the code.
        var mailId = holding ? item.Id + "-confirmation" : item.Id;
        if (holding) (item, letter) = ConfirmationRequest(item, state!);

        SendOutcome outcome;
        try
        {
            outcome = await transport.SendAsync(
                new OutgoingMail(row.PartitionKey, mailId, item.Kind, mail.FromAddress, mail.FromName, to, letter.Subject, letter.Text, letter.Html),
                cancellationToken);
        }
        catch (RequestFailedException e)
        {
            outcome = new SendOutcome.Transient($"Mail store answered {e.Status}", null);
        }

        switch (outcome)
        {
            case SendOutcome.Sent sent when holding:
                return Written(await rows.HoldAsync(row, item, sent.ProviderMessageId, cancellationToken));
            case SendOutcome.Sent sent:
                if (late) await RecordLateServiceAsync(row.PartitionKey, item, kind, now, cancellationToken);
                return Finished(await rows.FinishAsync(row, item, DeliveryStatus.Delivered, sent.ProviderMessageId, now, cancellationToken));
            case SendOutcome.Transient failed when attempts + 1 < RetrySchedule.MaxAttempts:
                return Written(await rows.RescheduleAsync(row, item, attempts + 1, failed, now, cancellationToken));
            case SendOutcome.Transient failed:
                return Written(await ParkForPaperAsync(row, item, state, attempts + 1, failed.Error, now, cancellationToken));
            case SendOutcome.Permanent refused:
                return Written(await ParkForPaperAsync(row, item, state, attempts + 1, refused.Error, now, cancellationToken));
            default:
                throw new InvalidOperationException("Unknown send outcome.");
        }
    }

    /// <summary>
    /// A letter whose time limit was counted from the day its e-mail was to go out, sent on a later day (China time),
    /// after failed attempts or held up past midnight: the case counts it from today. Recorded before the row is
    /// finished, so a crash between the two sends the e-mail again rather than losing the day.
    /// </summary>
    private async Task RecordLateServiceAsync(string caseId, OutboxItem item, LetterKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var command = new CaseCommand.RecordEmailSent(item.Id, kind.Title, ChinaTime.DateOf(now));
        var outcome = await commands().ExecuteAsync(caseId, command, Actor.System, null, cancellationToken);
        if (outcome is not DisclosureRequests.Core.Cases.CommandOutcome.Applied)
            logger.LogWarning("Case {CaseId}: the late e-mail of item {ItemId} was not recorded ({Outcome})", caseId, item.Id, outcome.GetType().Name);
    }

    /// <summary>The letter states its limit as running from its receipt, without the day it was first counted to.</summary>
    private static OutboxItem CountedFromReceipt(OutboxItem item) => item.Content switch
    {
        ClarificationNoticeLetter notice => item with { Content = notice with { ReplyBy = null } },
        FeeNoticeLetter notice => item with { Content = notice with { PayBy = null } },
        ConsultationLetter letter => item with { Content = letter with { RespondBy = null } },
        _ => item,
    };

    /// <summary>
    /// A formal letter whose e-mail gave up is also queued to be printed and served on paper (it is archived, so it can
    /// be); administrators may still send the e-mail again. A confirmation code that could not be sent is not a letter.
    /// </summary>
    private async Task<bool> ParkForPaperAsync(
        TableEntity row, OutboxItem item, CaseState? state, int attempts, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (LetterKinds.Find(item.Kind)?.IsFormalLetter == true) await index.QueueForPrintAsync(item, row.PartitionKey, now, cancellationToken);
        return await rows.ParkAsync(row, item, state, attempts, error, now, cancellationToken);
    }

    private (OutboxItem Item, Letter Letter) ConfirmationRequest(OutboxItem acknowledgement, CaseState state)
    {
        var request = acknowledgement with
        {
            Content = new EmailConfirmationRequestMail(confirmationCodes.For(state.Id, state.Application.Applicant.Email ?? "")),
        };
        return (request, composer.Compose(request, ChinaTime.DateOf(time.GetUtcNow())));
    }

    private static RowWritten Finished(bool saved) => saved ? RowWritten.Finished : RowWritten.TakenOver;

    private static RowWritten Written(bool saved) => saved ? RowWritten.StillOpenOrParked : RowWritten.TakenOver;

    private static bool IsOpen(TableEntity row) => DeliveryStatus.Open.Contains(row.GetString("Status"));

    private static bool IsHeld(TableEntity row) => row.GetString("Status") == DeliveryStatus.AwaitingConfirmation;

    private async Task<List<TableEntity>> OpenRowsAsync(string caseId, CancellationToken cancellationToken)
    {
        var anyOpenStatus = string.Join(" or ", DeliveryStatus.Open.Select(status => TableClient.CreateQueryFilter($"Status eq {status}")));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {caseId} and RowKey ge {CaseStore.OutboxRowPrefix} and RowKey lt {"outbox."}") + $" and ({anyOpenStatus})";
        var rows = new List<TableEntity>();
        await foreach (var row in Cases.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) rows.Add(row);
        return rows;
    }

    private static DateTimeOffset NextLook(TableEntity row) =>
        (row.GetString("Status") == DeliveryStatus.Sending ? row.GetDateTimeOffset("LeaseUntil") : row.GetDateTimeOffset("NextAttemptAt"))
        ?? DateTimeOffset.MinValue;

    /// <summary>The new access code a recovery mail carries, derived as it is sent: the outbox holds only its nonce.</summary>
    private OutboxItem WithRecoveredCode(OutboxItem item, string caseId) =>
        item.Content is AccessCodeRecoveryMail recovery
            ? item with { Content = recovery with { AccessCode = accessCodes.ForRecovery(caseId, recovery.Nonce) } }
            : item;

    /// <summary>The application's own description, for a reply that restates the request when the item does not carry it.</summary>
    private static OutboxItem WithCaseFacts(OutboxItem item, CaseState? state) =>
        state is not null && item.Content is ReplyLetter { Description: null } reply
            ? item with { Content = reply with { Description = state.Application.Description } }
            : item;

    /// <summary>What became of a claimed row: sent for good, written back (to try again, hold or park), or taken over by another dispatcher.</summary>
    private enum RowWritten
    {
        Finished,
        StillOpenOrParked,
        TakenOver,
    }
}
