using System.Globalization;
using System.Text.RegularExpressions;

namespace DisclosureRequests.Benchmarks.Requests;

/// <summary>
/// The requests in an Azurite debug log: when each came, its method, what it named (a table, queue or container) and
/// how long Azurite took over it. A table batch is named by the table its first change names; a table query (as
/// against a read of one entity by its keys) is named with <c>?query</c>, since Azurite answers it by scanning the table.
/// </summary>
public static partial class AzuriteRequestLog
{
    public sealed record Request(DateTimeOffset At, string Method, string Resource, double Milliseconds = 0);

    public static IReadOnlyList<Request> Read(string path)
    {
        var requests = new Dictionary<string, Request>();
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            if (Line().Match(line) is not { Success: true } prefix) continue;
            var id = prefix.Groups["id"].Value;
            if (Incoming().Match(line) is { Success: true } incoming)
            {
                requests.TryAdd(id, new Request(
                    DateTimeOffset.Parse(prefix.Groups["at"].Value, CultureInfo.InvariantCulture),
                    incoming.Groups["method"].Value, Resource(incoming.Groups["path"].Value)));
            }
            else if (requests.TryGetValue(id, out var batch) && batch.Resource == "$batch" && BatchChange().Match(line) is { Success: true } change)
            {
                requests[id] = batch with { Resource = "$batch " + Resource(change.Groups["path"].Value) };
            }
            else if (requests.TryGetValue(id, out var ended) && End().Match(line) is { Success: true } end)
            {
                requests[id] = ended with { Milliseconds = double.Parse(end.Groups["ms"].Value, CultureInfo.InvariantCulture) };
            }
        }
        return [.. requests.Values];
    }

    /// <summary><c>Cases(PartitionKey='…')</c> → <c>Cases</c>; <c>outbox/messages/…</c> → <c>outbox</c>; a queue's or container's partitions as one.</summary>
    private static string Resource(string path)
    {
        var first = Partitioned().Replace(path.Split('/', '?', '(')[0], "-*");
        return path.Contains("$filter", StringComparison.Ordinal) || path.StartsWith(first + "()", StringComparison.Ordinal) ? first + " ?query" : first;
    }

    [GeneratedRegex(@"^(?<at>\S+) (?<id>\S+) ")]
    private static partial Regex Line();

    [GeneratedRegex(@"StorageContextMiddleware: RequestMethod=(?<method>[A-Z]+) RequestURL=https?://[^/]+/devstoreaccount1/(?<path>\S*)")]
    private static partial Regex Incoming();

    [GeneratedRegex(@"(?:POST|PUT|MERGE|PATCH|DELETE) https?://[^/]+/devstoreaccount1/(?<path>[A-Za-z0-9]+)")]
    private static partial Regex BatchChange();

    [GeneratedRegex(@"EndMiddleware: End response\. TotalTimeInMS=(?<ms>\d+)")]
    private static partial Regex End();

    [GeneratedRegex(@"-\d{2}$")]
    private static partial Regex Partitioned();
}
