using Azure;
using Azure.Data.Tables;

namespace DisclosureRequests.Functions.Storage;

/// <summary>
/// Issues tracking numbers such as <c>2026-000042</c>: one counter row per year of receipt, advanced under its ETag,
/// so concurrent submissions never share a number. A lost race retries with jittered backoff. Each issued number
/// also gets a row of its own naming its case, so an applicant finds the case by the number they were given.
/// </summary>
public sealed partial class TrackingNumbers(StorageClients storage)
{
    private const string Partition = "tracking-number";
    private const string CaseRow = "case";

    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        var table = storage.Table(StorageNames.TrackingNumbersTable);
        var rowKey = year.ToString();
        for (var attempt = 0; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken);
            try
            {
                int next;
                if (!current.HasValue || current.Value is null)
                {
                    next = 1;
                    await table.AddEntityAsync(new TableEntity(Partition, rowKey) { ["Last"] = next }, cancellationToken);
                }
                else
                {
                    var row = current.Value;
                    next = row.GetInt32("Last")!.Value + 1;
                    row["Last"] = next;
                    await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                return $"{year}-{next:D6}";
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 200)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 + Math.Min(attempt, 20) * 10)), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Records which case a number was issued to. Written before the case itself, so no case is ever without its row;
    /// a row whose case was never written (a crash, or a retry that lost its race) leads to nothing.
    /// </summary>
    public Task RecordAsync(string trackingNumber, string caseId, CancellationToken cancellationToken) =>
        storage.Table(StorageNames.TrackingNumbersTable).UpsertEntityAsync(
            new TableEntity(trackingNumber, CaseRow) { ["CaseId"] = caseId }, TableUpdateMode.Replace, cancellationToken);

    public async Task<string?> CaseIdAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        if (!WellFormed().IsMatch(trackingNumber)) return null;
        var row = await storage.Table(StorageNames.TrackingNumbersTable)
            .GetEntityIfExistsAsync<TableEntity>(trackingNumber, CaseRow, select: ["CaseId"], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.GetString("CaseId") : null;
    }

    /// <summary>Every number with the case it was issued or imported to, streamed page by page.</summary>
    public async IAsyncEnumerable<(string TrackingNumber, string CaseId)> AllRecordedAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = storage.Table(StorageNames.TrackingNumbersTable)
            .QueryAsync<TableEntity>($"RowKey eq '{CaseRow}'", maxPerPage: 1000, select: ["PartitionKey", "CaseId"], cancellationToken: cancellationToken);
        await foreach (var row in rows) yield return (row.PartitionKey, row.GetString("CaseId") ?? "");
    }

    /// <summary>
    /// Raises a year's counter to at least <paramref name="last"/>, so a number imported in the system's own format is
    /// never issued again to a new application.
    /// </summary>
    public async Task ReserveThroughAsync(int year, int last, CancellationToken cancellationToken)
    {
        var table = storage.Table(StorageNames.TrackingNumbersTable);
        var rowKey = year.ToString();
        for (var attempt = 0; ; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken);
            try
            {
                if (!current.HasValue || current.Value is null)
                {
                    await table.AddEntityAsync(new TableEntity(Partition, rowKey) { ["Last"] = last }, cancellationToken);
                }
                else if (current.Value.GetInt32("Last") < last)
                {
                    current.Value["Last"] = last;
                    await table.UpdateEntityAsync(current.Value, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 200)
            {
            }
        }
    }

    /// <summary>The year and sequence of a number in the system's own format (<c>2026-000042</c>), if it is one.</summary>
    public static (int Year, int Sequence)? Parse(string trackingNumber) =>
        WellFormed().IsMatch(trackingNumber) && int.TryParse(trackingNumber[5..], out var sequence)
            ? (int.Parse(trackingNumber[..4]), sequence)
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{6,9}$")]
    private static partial System.Text.RegularExpressions.Regex WellFormed();
}
