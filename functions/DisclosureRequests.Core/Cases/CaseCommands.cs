using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Clock;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Cases;

/// <summary>
/// The one path by which a case changes: load it with its ETag, let the workflow decide, announce its timers, then
/// write state, history and outbox in one transaction. What follows the commit (read models, the outbox nudge) is
/// repeated by the sweep if a crash interrupts it.
/// </summary>
public sealed class CaseCommands(
    CaseStore store,
    DueTimerIndex timers,
    IEnumerable<ICaseProjection> projections,
    OutboxDelivery delivery,
    StorageClients storage,
    WorkingDayCalendars calendars,
    WorkflowSettings settings,
    Orchestration.CaseOrchestrationMode orchestrations,
    TimeProvider time,
    ILogger<CaseCommands> logger)
{
    private const int Attempts = 5;

    public ClockReading ReadClock(CaseState state) => state.ReadClock(calendars.Current, ChinaTime.Today(time));

    /// <summary>The case as officers read it, its clock as it stands today (China time).</summary>
    public CaseView View(CaseState state)
    {
        var clock = ReadClock(state);
        return CaseView.Of(state, clock, EstimateReplyDueOn(state, clock), state.CountWorkingDays(calendars.Current, ChinaTime.Today(time)));
    }

    /// <summary>Where a year's notice is still missing: the due date counting weekends only, shown as an estimate.</summary>
    public DateOnly? EstimateReplyDueOn(CaseState state, ClockReading reading) =>
        CaseDeadlineEstimate.ReplyDueOn(state, reading, calendars.Estimating);

    /// <summary>
    /// Files a new case under the number <paramref name="trackingNumber"/> will give. Its timers and its outbox entry
    /// depend on its id and dates, not on the number, so they are announced while the number is being issued.
    /// </summary>
    public async Task<CaseDecision.Accepted?> CreateAsync(
        Task<string> trackingNumber, Func<string, CaseDecision.Accepted> open, CancellationToken cancellationToken)
    {
        var announcing = AnnounceAsync(null, open(""), cancellationToken);
        await Task.WhenAll(trackingNumber, announcing);
        var opened = open(await trackingNumber);
        if (!await store.TryCommitAsync(new CaseCommit(opened.State, null, opened.Events, opened.Outbox) { At = opened.State.FiledAt }, cancellationToken)) return null;
        await FinishAndSettleAsync(opened.State, await announcing, cancellationToken);
        return opened;
    }

    /// <summary>
    /// Runs a command. A conflicting write answers <see cref="CommandOutcome.Conflict"/>, except for commands that are
    /// safe to repeat (timers, or a command carrying an Idempotency-Key), which are decided again on fresh state.
    /// </summary>
    public Task<CommandOutcome> ExecuteAsync(string caseId, CaseCommand command, Actor actor, string? idempotencyKey, CancellationToken cancellationToken) =>
        ExecuteAsync(caseId, command, actor, idempotencyKey, ifMatch: null, cancellationToken);

    /// <summary>
    /// As above, and only while the case is at a version <paramref name="ifMatch"/> names. A replay of an applied
    /// Idempotency-Key answers as the first time, though the case has moved on since.
    /// </summary>
    public async Task<CommandOutcome> ExecuteAsync(
        string caseId, CaseCommand command, Actor actor, string? idempotencyKey, Problems.CaseVersionCondition? ifMatch, CancellationToken cancellationToken)
    {
        var commandHash = idempotencyKey is null ? null : HashOf(command);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var loaded = await store.LoadAsync(caseId, cancellationToken);
            if (loaded is null) return new CommandOutcome.NotFound();
            if (idempotencyKey is not null && await store.AppliedCommandHashAsync(caseId, idempotencyKey, cancellationToken) is { } applied)
                return applied.Length == 0 || applied == commandHash
                    ? new CommandOutcome.Applied(loaded.State, Replayed: true)
                    : new CommandOutcome.KeyReused();
            if (ifMatch is not null && !ifMatch.IsMetBy(loaded.State.Version)) return new CommandOutcome.VersionChanged(loaded.State.Version);

            var now = time.GetUtcNow();
            var decision = CaseWorkflow.Decide(loaded.State, command, new CaseContext(calendars.Current, now, actor, settings));
            if (decision is CaseDecision.Refused refused) return new CommandOutcome.Refused(refused);
            var accepted = (CaseDecision.Accepted)decision;

            var announcedAt = await AnnounceAsync(loaded.State, accepted, cancellationToken);
            var commit = new CaseCommit(accepted.State, loaded.ETag, accepted.Events, accepted.Outbox, idempotencyKey, commandHash)
            {
                At = now,
                StateRowKey = loaded.StateRowKey,
            };
            if (await store.TryCommitAsync(commit, cancellationToken))
            {
                await timers.SettleAsync(loaded.State, accepted.State, cancellationToken);
                await FinishAndSettleAsync(accepted.State, announcedAt, cancellationToken);
                return new CommandOutcome.Applied(accepted.State, Replayed: false);
            }
            // With If-Match the next round answers 412, naming the version that won.
            if (idempotencyKey is null && ifMatch is null && command is not (CaseCommand.FireDueTimers or CaseCommand.RecordEmailSent)) return new CommandOutcome.Conflict();
        }
        return new CommandOutcome.Conflict();
    }

    private static string HashOf(CaseCommand command) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(command, command.GetType(), Json.Options)));

    /// <summary>
    /// Before a commit: its timers and, if it sends anything and no orchestration delivers it, the outbox's own retry
    /// index; answers when. Where orchestrations run, the commit's <c>changed</c> row is what a crash leaves to repair.
    /// </summary>
    private async Task<DateTimeOffset> AnnounceAsync(CaseState? before, CaseDecision.Accepted after, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var announced = timers.AnnounceAsync(before, after.State, now, cancellationToken);
        if (after.Outbox.Count > 0 && !orchestrations.Runs) await delivery.ExpectItemsAsync(after.State.Id, newCase: before is null, cancellationToken);
        await announced;
        return now;
    }

    /// <summary>
    /// After a commit: the read models before the answer, so that the worklist and the reports show what was just done;
    /// the outbox nudge meanwhile, without holding the answer. When every step got through, the commit's <c>changed</c>
    /// row has nothing left for the sweep to finish and goes at once, instead of costing the sweep a pass over the case;
    /// a crash before that leaves the row, and the sweep finishes the work.
    /// </summary>
    private async Task FinishAndSettleAsync(CaseState state, DateTimeOffset announcedAt, CancellationToken cancellationToken)
    {
        var nudged = NudgeOutboxAsync(state.Id, CancellationToken.None);
        var projected = false;
        try
        {
            projected = await ProjectAllAsync(state, cancellationToken);
        }
        finally
        {
            _ = SettleChangeAsync(state, announcedAt, projected, nudged);
        }
    }

    private async Task SettleChangeAsync(CaseState state, DateTimeOffset announcedAt, bool projected, Task<bool> nudged)
    {
        try
        {
            if (projected && await nudged) await timers.SettleChangeAsync(state, announcedAt, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Change row of case {CaseId} v{Version} left to the sweep", state.Id, state.Version);
        }
    }

    /// <summary>Brings the read models up to the case's current version and nudges the outbox.</summary>
    public async Task RefreshAsync(string caseId, CancellationToken cancellationToken)
    {
        if (await store.LoadAsync(caseId, cancellationToken) is { } loaded) await FinishAsync(loaded.State, cancellationToken);
    }

    /// <summary>Answers whether every step got through; a step that did not is left to the sweep.</summary>
    private async Task<bool> FinishAsync(CaseState state, CancellationToken cancellationToken) =>
        (await Task.WhenAll(ProjectAllAsync(state, cancellationToken), NudgeOutboxAsync(state.Id, cancellationToken))).All(done => done);

    private async Task<bool> ProjectAllAsync(CaseState state, CancellationToken cancellationToken) =>
        (await Task.WhenAll(projections.Select(p => ProjectAsync(p, state, cancellationToken)))).All(done => done);

    private async Task<bool> ProjectAsync(ICaseProjection projection, CaseState state, CancellationToken cancellationToken)
    {
        try
        {
            await projection.ProjectAsync(state, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e)
        {
            logger.LogWarning(e, "Projection {Projection} of case {CaseId} v{Version} deferred to the sweep", projection.GetType().Name, state.Id, state.Version);
            return false;
        }
    }

    private async Task<bool> NudgeOutboxAsync(string caseId, CancellationToken cancellationToken)
    {
        try
        {
            await storage.Queue(StorageNames.OutboxQueue).SendMessageAsync(caseId, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e)
        {
            logger.LogWarning(e, "Outbox nudge for case {CaseId} deferred to the sweep", caseId);
            return false;
        }
    }
}
