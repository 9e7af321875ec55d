using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DisclosureRequests.Calendar;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Calendar;
using DisclosureRequests.Core.Cases;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.Intake;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DisclosureRequests.Benchmarks.Worklist;

/// <summary>
/// <c>worklist [--cases N]</c>: projects N open cases (default 10,000) into the worklist on an Azurite of its own, through
/// the app's own projection; then times the first page (50 rows, most urgent first) and a search by applicant name,
/// and pages through the whole list 200 at a time while cases move in the ranking, checking each case comes once.
/// Fails (exit code 1) when the first page's p95 reaches 200 ms or a case is missed or repeated.
/// </summary>
public static class WorklistHarness
{
    private const int Repetitions = 100;
    private const double TargetMilliseconds = 200;
    private static readonly string[] Names = ["张三", "李四", "王五", "赵六", "欧阳明月", "司马光", "诸葛亮", "上官婉儿"];

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = HarnessArguments.Int(args, "--cases", 10_000);
        await using var azurite = await Azurite.StartAsync();
        var storage = new StorageClients(
            new TableServiceClient(azurite.ConnectionString), new BlobServiceClient(azurite.ConnectionString), new QueueServiceClient(azurite.ConnectionString));
        await storage.Table(StorageNames.WorklistTable).CreateIfNotExistsAsync();
        var calendar = WorkingDayCalendar.Official;
        var time = new ManualTime(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        var calendars = new WorkingDayCalendars(calendar, new CalendarYearStore(storage), new ConfigurationBuilder().Build(), time,
            NullLogger<WorkingDayCalendars>.Instance);
        var projection = new WorklistProjection(storage, calendars, time, new PartitionBatches(storage));
        var worklist = new DisclosureRequests.Core.Cases.Worklist(storage, calendars, time);
        Console.WriteLine($"worklist: {cases:N0} open cases, Azurite in memory, {Environment.ProcessorCount} cores");
        Console.WriteLine($"command: dotnet run -c Release --project tests/DisclosureRequests.Benchmarks -- worklist --cases {cases}");

        var seeding = Stopwatch.StartNew();
        var states = Enumerable.Range(0, cases).Select(i => State(i, calendar)).ToArray();
        await Parallel.ForEachAsync(states, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (s, ct) => await projection.ProjectAsync(s, ct));
        Console.WriteLine($"seeded {cases:N0} cases through the projection in {seeding.Elapsed.TotalSeconds:F1} s");

        var first = await TimeAsync(() => worklist.QueryAsync(Query(null, 50, null), CancellationToken.None));
        Console.WriteLine($"first page of 50, {Repetitions} runs: p50 {first.Median:F1} ms, p95 {first.P95:F1} ms, max {first.Max:F1} ms (target: p95 < {TargetMilliseconds} ms)");
        var search = await TimeAsync(() => worklist.QueryAsync(Query("上官婉儿", 50, null), CancellationToken.None));
        Console.WriteLine($"search by applicant name, first page of 50, {Repetitions} runs: p50 {search.Median:F1} ms, p95 {search.P95:F1} ms, max {search.Max:F1} ms");

        var seen = new List<string>();
        string? continuation = null;
        var pages = 0;
        var paging = Stopwatch.StartNew();
        do
        {
            var page = await worklist.QueryAsync(Query(null, 200, continuation is null ? null : Decode(continuation)), CancellationToken.None);
            seen.AddRange(page.Items.Select(i => i.Id));
            continuation = page.Continuation;
            pages++;
            // Between pages a case from the end of the list becomes the most urgent, one from the start the least.
            time.Advance(TimeSpan.FromSeconds(1));
            await projection.ProjectAsync(Moved(states[^pages], calendar, earlier: true), CancellationToken.None);
            await projection.ProjectAsync(Moved(states[pages - 1], calendar, earlier: false), CancellationToken.None);
        }
        while (continuation is not null);
        var distinct = seen.Distinct().Count();
        var exactlyOnce = seen.Count == cases && distinct == cases;
        Console.WriteLine($"paged through {pages} pages of 200 in {paging.Elapsed.TotalSeconds:F1} s while {2 * pages} cases moved: " +
                          $"{seen.Count:N0} rows, {distinct:N0} distinct of {cases:N0} — {(exactlyOnce ? "each case exactly once" : "NOT each case exactly once")}");
        var fast = first.P95 < TargetMilliseconds;
        Console.WriteLine(fast && exactlyOnce ? "worklist: PASS" : $"worklist: FAIL ({(fast ? "" : $"first page p95 {first.P95:F1} ms ≥ {TargetMilliseconds} ms; ")}{(exactlyOnce ? "" : "paging not exactly once")})");
        return fast && exactlyOnce ? 0 : 1;
    }

    private static WorklistQuery Query(string? words, int pageSize, WorklistContinuation? from) => new(null, null, null, words, pageSize, from);

    private static WorklistContinuation Decode(string token) =>
        WorklistContinuation.TryDecode(token, out var c) ? c! : throw new InvalidOperationException("The worklist gave a continuation it cannot read.");

    private static CaseState State(int i, WorkingDayCalendar calendar)
    {
        var received = new DateOnly(2026, 5, 4).AddDays(i % 28);
        var application = new ApplicationDetails(
            new Applicant("natural-person", Names[i % Names.Length] + (i % 97), null, null, $"a{i}@example.cn", null, null),
            $"第{i}号申请：本市{2020 + i % 6}年道路养护工程的招标文件和中标结果", "electronic", "email");
        return CaseFiling.Open(Guid.NewGuid().ToString("N"), $"2026-{i + 1:D6}", application, "online", received,
            new DateTimeOffset(received.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), "hash", null, null, calendar).State;
    }

    /// <summary>The same case a version later, received earlier or later, so its rank date moves.</summary>
    private static CaseState Moved(CaseState state, WorkingDayCalendar calendar, bool earlier) => state with
    {
        Version = state.Version + 1,
        ReceivedOn = earlier ? new DateOnly(2026, 4, 1) : new DateOnly(2026, 6, 30),
        Clock = DisclosureRequests.Clock.CaseClock.Start(earlier ? new DateOnly(2026, 4, 1) : new DateOnly(2026, 6, 30)),
    };

    private static async Task<(double Median, double P95, double Max)> TimeAsync(Func<Task<WorklistPage>> query)
    {
        await query();
        var times = new List<double>();
        for (var i = 0; i < Repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            await query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)], times[^1]);
    }

    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
