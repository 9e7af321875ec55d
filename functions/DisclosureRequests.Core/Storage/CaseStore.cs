using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DisclosureRequests.Cases;

namespace DisclosureRequests.Core.Storage;

/// <summary>
/// Each case is one partition of the Cases table: a <c>case-{id}</c> row with the state, an <c>event-NNNNNN-{id}</c>
/// row per history line and an <c>outbox-…</c> row per side effect, so a command is a single entity-group transaction.
/// Every row key names its case: a key shared by every partition makes each insert cost as much as the rows already
/// holding it on Azurite (it looks an entity up by row key first), which a year's import would pay quadratically.
/// Cases stored as <c>case</c> and <c>event-NNNNNN</c> by earlier versions are read and written where they are; their
/// new history lines sort among the old by sequence number, which comes first in both forms.
/// </summary>
public sealed class CaseStore(StorageClients storage, Func<IPendingCases>? pendingCases = null)
{
    public const string LegacyStateRow = "case";
    public const string StateRowPrefix = "case-";
    /// <summary>The first key after every state row of either layout: <c>case</c> ≤ a state row &lt; this.</summary>
    public const string StateRowsEnd = "case.";
    public const string EventRowPrefix = "event-";
    public const string OutboxRowPrefix = "outbox-";
    public const string CommandRowPrefix = "command-";

    private TableClient Cases => storage.Table(StorageNames.CasesTable);

    /// <summary>The case as stored; an application received but not yet registered is registered first.</summary>
    public async Task<LoadedCase?> LoadAsync(string caseId, CancellationToken cancellationToken) =>
        await LoadStoredAsync(caseId, cancellationToken) is { } loaded ? loaded
        : pendingCases is not null && await pendingCases().RegisterIfPendingAsync(caseId, cancellationToken) ? await LoadStoredAsync(caseId, cancellationToken)
        : null;

    private async Task<LoadedCase?> LoadStoredAsync(string caseId, CancellationToken cancellationToken)
    {
        if (!CaseIds.IsWellFormed(caseId)) return null;
        var row = await Cases.GetEntityIfExistsAsync<TableEntity>(caseId, StateRow(caseId), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null)
            row = await Cases.GetEntityIfExistsAsync<TableEntity>(caseId, LegacyStateRow, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is null) return null;
        var state = JsonSerializer.Deserialize<CaseState>(row.Value.GetString("State"), Json.Options)!;
        return new LoadedCase(state, row.Value.ETag, row.Value.RowKey);
    }

    public static string StateRow(string caseId) => StateRowPrefix + caseId;

    public static string EventRow(string caseId, int sequence) => $"{EventRowPrefix}{sequence:D6}-{caseId}";

    /// <summary>Writes the commit atomically; false when another writer got there first (409/412).</summary>
    public async Task<bool> TryCommitAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        var state = commit.State;
        var actions = new List<TableTransactionAction>(1 + commit.Events.Count + commit.Outbox.Count)
        {
            commit.ExpectedETag is { } etag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, StateEntity(state, commit.StateRowKey ?? StateRow(state.Id)), etag)
                : new TableTransactionAction(TableTransactionActionType.Add, StateEntity(state, StateRow(state.Id))),
        };
        actions.AddRange(commit.Events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, EventEntity(state.Id, e))));
        actions.AddRange(commit.Outbox.Select(o => new TableTransactionAction(TableTransactionActionType.Add, OutboxEntities.ToEntity(state.Id, o, commit.At))));
        if (commit.CommandKey is { } key)
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(state.Id, CommandRow(key)) { ["Version"] = state.Version, ["RequestHash"] = commit.CommandHash }));
        try
        {
            await Cases.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// The hash of the command applied to the case under this Idempotency-Key: null when the key is unused, empty
    /// for a command recorded before hashes were kept.
    /// </summary>
    public async Task<string?> AppliedCommandHashAsync(string caseId, string key, CancellationToken cancellationToken)
    {
        var row = await Cases.GetEntityIfExistsAsync<TableEntity>(caseId, CommandRow(key), select: ["Version", "RequestHash"], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("RequestHash") ?? "" : null;
    }

    private static string CommandRow(string key) =>
        CommandRowPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    public async Task<IReadOnlyList<CaseEvent>> HistoryAsync(string caseId, CancellationToken cancellationToken)
    {
        var events = new List<CaseEvent>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {caseId} and RowKey ge {EventRowPrefix} and RowKey lt {"event."}");
        await foreach (var row in Cases.QueryAsync<TableEntity>(filter, select: ["Event"], cancellationToken: cancellationToken))
            events.Add(JsonSerializer.Deserialize<CaseEvent>(row.GetString("Event"), Json.Options)!);
        return events;
    }

    private static TableEntity StateEntity(CaseState state, string rowKey) => new(state.Id, rowKey)
    {
        ["State"] = JsonSerializer.Serialize(state, Json.Options),
        ["Version"] = state.Version,
        ["Status"] = state.Status.ToCode(),
        ["TrackingNumber"] = state.TrackingNumber,
        ["ReceivedOn"] = state.ReceivedOn.ToString("yyyy-MM-dd"),
    };

    private static TableEntity EventEntity(string caseId, CaseEvent e) => new(caseId, EventRow(caseId, e.Sequence))
    {
        ["Event"] = JsonSerializer.Serialize(e, Json.Options),
        ["Type"] = e.Type,
        ["Actor"] = e.Actor,
        ["At"] = e.At,
    };
}
