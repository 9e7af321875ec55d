using Azure.Data.Tables;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Functions.Reports;
using DisclosureRequests.Functions.Storage;
using DisclosureRequests.Imports;

namespace DisclosureRequests.Functions.Imports;

/// <summary>
/// Imports past cases in two passes over the file, streamed both times: first every row is checked (codes, dates,
/// repeated and existing tracking numbers) and nothing is stored unless all are valid; then each case is written as
/// one transaction of its partition, with the statistics rows batched per year of receipt. Memory holds a chunk of
/// rows and 16 bytes per row for the repeat check, however large the file.
/// </summary>
public sealed class CaseImporter(
    CaseStore cases,
    TrackingNumbers trackingNumbers,
    IEnumerable<ICaseProjection> projections,
    StorageClients storage,
    WorkingDayCalendar calendar,
    TimeProvider time,
    ILogger<CaseImporter> logger)
{
    public const int MaxListedErrors = 1000;
    private const int Chunk = 1000;
    private const int TransactionSize = 100;
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = 16 };

    public async Task<ImportOutcome> ImportAsync(ImportFile file, string importedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (errors, rows, reserved) = await CheckAsync(file, cancellationToken);
        if (errors.Count > 0) return new ImportOutcome.Invalid(errors.Listed, errors.Count);

        foreach (var (year, last) in reserved) await trackingNumbers.ReserveThroughAsync(year, last, cancellationToken);
        var import = (By: importedBy, At: time.GetUtcNow());
        var created = 0;
        var chunk = new List<ImportedCase>(Chunk);
        await using (var content = file.Open())
        {
            await foreach (var row in ImportFileReader.ReadAsync(content, file.Kind, new ImportErrors(0), cancellationToken))
            {
                chunk.Add(ImportRowRules.Check(row, calendar, ChinaTime.Today(time), new ImportErrors(0))!);
                if (chunk.Count < Chunk) continue;
                created += await WriteAsync(chunk, file, import, cancellationToken);
                chunk.Clear();
            }
        }
        created += await WriteAsync(chunk, file, import, cancellationToken);
        logger.LogInformation("Imported {Rows} past cases ({Created} new) from a file of SHA-256 {Sha256}", rows, created, file.Sha256);
        return new ImportOutcome.Imported(file.Name, file.Sha256, rows, created);
    }

    private async Task<(ImportErrors Errors, int Rows, Dictionary<int, int> Reserved)> CheckAsync(ImportFile file, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors(MaxListedErrors);
        var seen = new HashSet<UInt128>();
        var reserved = new Dictionary<int, int>();
        var pending = new List<ImportedCase>(Chunk);
        var rows = 0;
        var today = ChinaTime.Today(time);
        await using (var content = file.Open())
        {
            await foreach (var row in ImportFileReader.ReadAsync(content, file.Kind, errors, cancellationToken))
            {
                rows++;
                if (ImportRowRules.Check(row, calendar, today, errors) is not { } imported) continue;
                if (!seen.Add(ImportedCaseIds.Key(ImportedCaseIds.For(imported.TrackingNumber))))
                {
                    errors.Add(new ImportError(row.Number, ImportColumns.TrackingNumber, "duplicate-in-file"));
                    continue;
                }
                if (TrackingNumbers.Parse(imported.TrackingNumber) is { } own)
                    reserved[own.Year] = Math.Max(reserved.GetValueOrDefault(own.Year), own.Sequence);
                pending.Add(imported);
                if (pending.Count < Chunk) continue;
                await CheckExistingAsync(pending, file.Sha256, errors, cancellationToken);
                pending.Clear();
            }
        }
        await CheckExistingAsync(pending, file.Sha256, errors, cancellationToken);
        if (rows == 0 && errors.Count == 0) errors.Add(new ImportError(2, "file", "no-rows"));
        return (errors, rows, reserved);
    }

    /// <summary>A tracking number already in use is refused, unless it is this very file's case (imported before, or half-way).</summary>
    private Task CheckExistingAsync(IReadOnlyList<ImportedCase> rows, string sha256, ImportErrors errors, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(rows, Options(cancellationToken), async (row, ct) =>
        {
            var id = ImportedCaseIds.For(row.TrackingNumber);
            var recorded = await trackingNumbers.RecordedCaseIdAsync(row.TrackingNumber, ct);
            if (recorded is null) return;
            if (recorded != id)
            {
                errors.Add(new ImportError(row.Row, ImportColumns.TrackingNumber, "exists"));
                return;
            }
            var existing = await cases.LoadAsync(id, ct);
            if (existing is not null && existing.State.Import?.FileSha256 != sha256)
                errors.Add(new ImportError(row.Row, ImportColumns.TrackingNumber, "exists-from-other-file"));
        });

    private async Task<int> WriteAsync(IReadOnlyList<ImportedCase> rows, ImportFile file, (string By, DateTimeOffset At) import, CancellationToken cancellationToken)
    {
        var created = 0;
        var states = new CaseState[rows.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, rows.Count), Options(cancellationToken), async (i, ct) =>
        {
            var row = rows[i];
            var id = ImportedCaseIds.For(row.TrackingNumber);
            var opened = CaseImport.Open(id, row, new CaseImportRecord(import.By, import.At, file.Name, file.Sha256, row.Row, row.FeeYuan, row.WithheldReasons));
            // The number's row first, as intake does: a case is never without it.
            await trackingNumbers.RecordAsync(row.TrackingNumber, id, ct);
            if (await cases.TryCommitAsync(new CaseCommit(opened.State, null, opened.Events, []), ct))
            {
                Interlocked.Increment(ref created);
                states[i] = opened.State;
            }
            else
            {
                // Imported before, from this file (the check made sure): its stored state is the one to project.
                states[i] = (await cases.LoadAsync(id, ct))!.State;
            }
        });
        await ProjectAsync(states, cancellationToken);
        return created;
    }

    /// <summary>The statistics rows in transactions of up to 100 per year partition; the other read models row by row.</summary>
    private async Task ProjectAsync(IReadOnlyList<CaseState> states, CancellationToken cancellationToken)
    {
        var statistics = storage.Table(StorageNames.CaseStatisticsTable);
        var batches = states
            .Select(s =>
            {
                var row = CaseStatisticsRows.Entity(CaseStatisticsProjection.Of(s, calendar));
                row["Version"] = s.Version;
                row["Basis"] = "";
                return row;
            })
            .GroupBy(r => r.PartitionKey)
            .SelectMany(p => p.Chunk(TransactionSize));
        await Parallel.ForEachAsync(batches, Options(cancellationToken), async (batch, ct) =>
            await statistics.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct));
        var others = projections.Where(p => p is not CaseStatisticsProjection).ToList();
        await Parallel.ForEachAsync(states, Options(cancellationToken), async (state, ct) =>
        {
            foreach (var projection in others) await projection.ProjectAsync(state, ct);
        });
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
}
