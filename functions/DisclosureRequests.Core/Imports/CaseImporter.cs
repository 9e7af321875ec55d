using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Reports;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Imports;

namespace DisclosureRequests.Core.Imports;

/// <summary>
/// Imports past cases in two passes over the file, streamed both times: first every row is checked (codes, dates,
/// repeated and existing tracking numbers) and nothing is stored unless all are valid; then, a chunk of rows at a time,
/// the tracking numbers in transactions of 100, each case as one transaction of its own partition, and the worklist
/// and statistics rows in transactions of 100 per partition.
/// Memory holds a chunk of rows and about 20 bytes a row for the repeat check, however large the file (and, when the
/// file was imported before, 16 bytes for each of its cases already stored).
/// </summary>
public sealed class CaseImporter(
    CaseStore cases,
    TrackingNumbers trackingNumbers,
    IEnumerable<ICaseProjection> projections,
    StorageClients storage,
    WorkingDayCalendars calendars,
    TimeProvider time,
    ILogger<CaseImporter> logger)
{
    public const int MaxListedErrors = 1000;
    private const int Chunk = 1000;
    private const int TransactionSize = 100;
    private const int Parallelism = 16;

    public async Task<ImportOutcome> ImportAsync(ImportFile file, string importedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (errors, rows, reserved, stored) = await CheckAsync(file, cancellationToken);
        if (errors.Count > 0) return new ImportOutcome.Invalid(errors.Listed, errors.Count);

        foreach (var (year, last) in reserved) await trackingNumbers.ReserveThroughAsync(year, last, cancellationToken);
        var import = (By: importedBy, At: time.GetUtcNow());
        var today = ChinaTime.Today(time);
        var created = 0;
        var chunk = new List<ImportedCase>(Chunk);
        await using (var content = file.Open())
        {
            await foreach (var row in ImportFileReader.ReadAsync(content, file.Kind, new ImportErrors(0), cancellationToken))
            {
                chunk.Add(ImportRowRules.Check(row, calendars.Current, today, new ImportErrors(0))!);
                if (chunk.Count < Chunk) continue;
                created += await WriteAsync(chunk, stored, file, import, cancellationToken);
                chunk.Clear();
            }
        }
        created += await WriteAsync(chunk, stored, file, import, cancellationToken);
        logger.LogInformation("Imported {Rows} past cases ({Created} new) from a file of SHA-256 {Sha256}", rows, created, file.Sha256);
        return new ImportOutcome.Imported(file.Name, file.Sha256, rows, created);
    }

    private async Task<(ImportErrors Errors, int Rows, Dictionary<int, int> Reserved, IReadOnlySet<UInt128> Stored)> CheckAsync(ImportFile file, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors(MaxListedErrors);
        var rowsById = new Dictionary<UInt128, int>();
        var reserved = new Dictionary<int, int>();
        var rows = 0;
        var today = ChinaTime.Today(time);
        await using (var content = file.Open())
        {
            await foreach (var row in ImportFileReader.ReadAsync(content, file.Kind, errors, cancellationToken))
            {
                rows++;
                if (ImportRowRules.Check(row, calendars.Current, today, errors) is not { } imported) continue;
                if (!rowsById.TryAdd(ImportedCaseIds.Key(ImportedCaseIds.For(imported.TrackingNumber)), row.Number))
                {
                    errors.Add(new ImportError(row.Number, ImportColumns.TrackingNumber, "duplicate-in-file"));
                    continue;
                }
                if (TrackingNumbers.Parse(imported.TrackingNumber) is { } own)
                    reserved[own.Year] = Math.Max(reserved.GetValueOrDefault(own.Year), own.Sequence);
            }
        }
        if (rows == 0 && errors.Count == 0) errors.Add(new ImportError(2, "file", "no-rows"));
        var stored = rowsById.Count > 0 ? await CheckExistingAsync(rowsById, file.Sha256, errors, cancellationToken) : new HashSet<UInt128>();
        return (errors, rows, reserved, stored);
    }

    /// <summary>
    /// A tracking number already in use is refused, unless it is this very file's case (imported before, or half-way).
    /// One pass over the numbers in storage, a page of 1000 a request, instead of a lookup for every row of the file.
    /// Answers the cases of this file already stored, in whichever row layout, so that writing skips them.
    /// </summary>
    private async Task<HashSet<UInt128>> CheckExistingAsync(Dictionary<UInt128, int> rowsById, string sha256, ImportErrors errors, CancellationToken cancellationToken)
    {
        var stored = new HashSet<UInt128>();
        var ours = new List<(string CaseId, int Row)>();
        await foreach (var (number, caseId) in trackingNumbers.AllRecordedAsync(cancellationToken))
        {
            var id = ImportedCaseIds.For(number);
            if (!rowsById.TryGetValue(ImportedCaseIds.Key(id), out var row)) continue;
            if (caseId == id) ours.Add((id, row));
            else errors.Add(new ImportError(row, ImportColumns.TrackingNumber, "exists"));
        }
        await Parallel.ForEachAsync(ours, Options(cancellationToken), async (found, ct) =>
        {
            if (await cases.LoadAsync(found.CaseId, ct) is not { } existing) return;
            if (existing.State.Import?.FileSha256 != sha256) errors.Add(new ImportError(found.Row, ImportColumns.TrackingNumber, "exists-from-other-file"));
            lock (stored) stored.Add(ImportedCaseIds.Key(found.CaseId));
        });
        return stored;
    }

    private async Task<int> WriteAsync(
        IReadOnlyList<ImportedCase> rows, IReadOnlySet<UInt128> stored, ImportFile file, (string By, DateTimeOffset At) import, CancellationToken cancellationToken)
    {
        var created = 0;
        var states = new CaseState[rows.Count];
        var ids = rows.Select(r => ImportedCaseIds.For(r.TrackingNumber)).ToArray();
        // The numbers' rows first, as intake does: a case is never without its number.
        await trackingNumbers.RecordAsync(rows.Select((r, i) => (r.TrackingNumber, ids[i])).ToList(), Parallelism, cancellationToken);
        await Parallel.ForEachAsync(Enumerable.Range(0, rows.Count), Options(cancellationToken), async (i, ct) =>
        {
            var row = rows[i];
            var id = ids[i];
            if (stored.Contains(ImportedCaseIds.Key(id)))
            {
                states[i] = (await cases.LoadAsync(id, ct))!.State;
                return;
            }
            var opened = CaseImport.Open(id, row, new CaseImportRecord(import.By, import.At, file.Name, file.Sha256, row.Row, row.FeeYuan, row.WithheldReasons));
            if (await cases.TryCommitAsync(new CaseCommit(opened.State, null, opened.Events, []) { At = import.At }, ct))
            {
                Interlocked.Increment(ref created);
                states[i] = opened.State;
            }
            else
            {
                // Stored meanwhile by an import of the same file running at once: its stored state is the one to project.
                states[i] = (await cases.LoadAsync(id, ct))!.State;
            }
        });
        await ProjectAsync(states, cancellationToken);
        return created;
    }

    /// <summary>
    /// The worklist and statistics rows in transactions of up to 100 per partition (an imported case never changes,
    /// so its version-1 rows are written as they are); any other read model row by row, as after a command.
    /// </summary>
    private async Task ProjectAsync(IReadOnlyList<CaseState> states, CancellationToken cancellationToken)
    {
        var batched = new List<(TableClient Table, TableEntity Row)>();
        foreach (var state in states)
        {
            var statistics = CaseStatisticsRows.Entity(CaseStatisticsProjection.Of(state, calendars.Current));
            statistics["Version"] = state.Version;
            statistics["Basis"] = "";
            batched.Add((storage.Table(StorageNames.CaseStatisticsTable), statistics));
            if (projections.OfType<WorklistProjection>().FirstOrDefault() is { } worklist)
                foreach (var row in worklist.NewRows(state)) batched.Add((storage.Table(StorageNames.WorklistTable), row));
        }
        var transactions = batched.GroupBy(b => (b.Table.Name, b.Row.PartitionKey)).SelectMany(g => g.Chunk(TransactionSize));
        await Parallel.ForEachAsync(transactions, Options(cancellationToken), async (batch, ct) =>
            await batch[0].Table.SubmitTransactionAsync(batch.Select(b => new TableTransactionAction(TableTransactionActionType.UpsertReplace, b.Row)), ct));

        var others = projections.Where(p => p is not CaseStatisticsProjection and not WorklistProjection).ToList();
        if (others.Count == 0) return;
        await Parallel.ForEachAsync(states, Options(cancellationToken), async (state, ct) =>
        {
            foreach (var projection in others) await projection.ProjectAsync(state, ct);
        });
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
