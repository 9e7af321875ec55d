using System.Globalization;
using Azure;
using Azure.Data.Tables;
using DisclosureRequests.Core.Storage;

namespace DisclosureRequests.Core.Calendar;

/// <summary>
/// The published years, one row per accepted version, in one small partition beside a <c>revision</c> row: a
/// version and the revision it raises are one transaction, and other instances poll the revision row alone to learn
/// that the calendar changed. The revision row also keeps which revision the open cases were last re-planned for.
/// </summary>
public sealed class CalendarYearStore(StorageClients storage)
{
    private const string Partition = "years";
    private const string RevisionRow = "revision";

    private TableClient Table => storage.Table(StorageNames.CalendarYearsTable);

    public async Task<CalendarSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var versions = new List<PublishedYear>();
        var revision = CalendarRevision.None;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == RevisionRow) revision = Revision(row);
            else versions.Add(Version(row));
        }
        return new CalendarSnapshot(revision, versions);
    }

    public async Task<CalendarRevision> RevisionAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, RevisionRow, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is not null ? Revision(row.Value) : CalendarRevision.None;
    }

    /// <summary>Adds a version and raises the revision at once; false when another publication came first.</summary>
    public async Task<bool> TryAppendAsync(CalendarRevision current, PublishedYear version, CancellationToken cancellationToken)
    {
        var revision = new TableEntity(Partition, RevisionRow)
        {
            ["Revision"] = current.Number + 1,
            ["ReplannedRevision"] = current.ReplannedNumber,
            ["LastYear"] = version.Year,
        };
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, Row(version)),
            current.ETag is { } etag
                ? new(TableTransactionActionType.UpdateReplace, revision, etag)
                : new(TableTransactionActionType.Add, revision),
        };
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Records that the open cases were re-planned for <paramref name="number"/>; a newer revision is left alone.</summary>
    public async Task MarkReplannedAsync(int number, CancellationToken cancellationToken)
    {
        var current = await RevisionAsync(cancellationToken);
        if (current.ETag is not { } etag || current.ReplannedNumber >= number) return;
        try
        {
            await Table.UpdateEntityAsync(new TableEntity(Partition, RevisionRow) { ["ReplannedRevision"] = number }, etag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
        }
    }

    private static CalendarRevision Revision(TableEntity row) =>
        new(row.GetInt32("Revision") ?? 0, row.GetInt32("ReplannedRevision") ?? 0, row.GetInt32("LastYear"), row.ETag);

    private static TableEntity Row(PublishedYear v) => new(Partition, $"{v.Year:D4}-{v.Version:D4}")
    {
        ["Year"] = v.Year,
        ["Version"] = v.Version,
        ["Holidays"] = Dates(v.Holidays),
        ["Workdays"] = Dates(v.Workdays),
        ["Document"] = v.Source.Document,
        ["PublishedOn"] = v.Source.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["PublishedBy"] = v.PublishedBy,
        ["PublishedAt"] = v.PublishedAt.ToUniversalTime(),
    };

    private static PublishedYear Version(TableEntity row) => new(
        row.GetInt32("Year")!.Value,
        row.GetInt32("Version")!.Value,
        Parse(row.GetString("Holidays")),
        Parse(row.GetString("Workdays")),
        new NoticeSource(row.GetString("Document"), DateOnly.ParseExact(row.GetString("PublishedOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        row.GetString("PublishedBy"),
        row.GetDateTimeOffset("PublishedAt")!.Value);

    private static string Dates(IEnumerable<DateOnly> dates) =>
        string.Join(',', dates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static DateOnly[] Parse(string? dates) => string.IsNullOrEmpty(dates) ? []
        : dates.Split(',').Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
}

/// <summary>What the store holds: the revision row and every version of every published year.</summary>
public sealed record CalendarSnapshot(CalendarRevision Revision, IReadOnlyList<PublishedYear> Versions)
{
    /// <summary>The version in force for each year: the latest accepted one.</summary>
    public IReadOnlyList<PublishedYear> InForce =>
        Versions.GroupBy(v => v.Year).Select(g => g.MaxBy(v => v.Version)!).OrderBy(v => v.Year).ToArray();
}

/// <summary>How many publications the calendar has seen, and for which of them the open cases were re-planned.</summary>
public sealed record CalendarRevision(int Number, int ReplannedNumber, int? LastYear, ETag? ETag)
{
    public static CalendarRevision None { get; } = new(0, 0, null, null);
}
