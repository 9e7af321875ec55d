using System.Diagnostics;
using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.IntegrationTests.LoadAndCrash;
using DisclosureRequests.Standalone.Orchestrations;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DisclosureRequests.Benchmarks.Orchestrations;

/// <summary>
/// <c>orchestrations [--cases 1000] [--commands 200]</c>, standalone on Azurite, in one run: case orchestrations started
/// per second, signals taken per second and timers fired per second for that many waiting cases (the standalone's Durable
/// Task Framework settings, the round's timers scripted and its outbox empty), then command latency on the standalone
/// app with its orchestrations off (the sweep fires the timers, as before them) and on.
/// </summary>
public static class OrchestrationHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = HarnessArguments.Int(args, "--cases", 1000);
        var commands = HarnessArguments.Int(args, "--commands", 200);
        Console.WriteLine($"orchestrations: {cases} cases, {commands} commands per mode, {Environment.ProcessorCount} cores");
        await MeasureOrchestrationsAsync(cases);
        var before = await MeasureCommandsAsync(commands, orchestrations: false);
        var after = await MeasureCommandsAsync(commands, orchestrations: true);
        Console.WriteLine($"command latency p50 ratio (on/off): {after.Percentile(50) / before.Percentile(50):F2}, p99 ratio: {after.Percentile(99) / before.Percentile(99):F2}");
        return 0;
    }

    private static async Task MeasureOrchestrationsAsync(int cases)
    {
        await using var azurite = await Azurite.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("AzureWebJobsStorage", azurite.ConnectionString)]).Build();
        var service = new AzureStorageOrchestrationService(OrchestrationSetup.ServiceSettings(configuration, NullLoggerFactory.Instance));
        await service.CreateIfNotExistsAsync();
        var timers = new ScriptedTimers();
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), NullLoggerFactory.Instance);
        var worker = new TaskHubWorker(service, NullLoggerFactory.Instance);
        worker.AddTaskOrchestrations(new NamedObjectCreator<TaskOrchestration>(CaseOrchestration.Name, () => shims.CreateOrchestration(CaseOrchestration.Name, new CaseOrchestration())));
        worker.AddTaskActivities(new NamedObjectCreator<TaskActivity>(CaseStepActivity.Name, () => shims.CreateActivity(CaseStepActivity.Name, timers)));
        await worker.StartAsync();
        var client = new TaskHubClient(service, new SystemTextJsonDataConverter(), NullLoggerFactory.Instance);
        var ids = Enumerable.Range(0, cases).Select(i => $"bench{i:D6}").ToArray();

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (id, _) => await client.CreateOrchestrationInstanceAsync(CaseOrchestration.Name, string.Empty, id, new CaseOrchestrationInput(id)));
        var scheduled = clock.Elapsed;
        await UntilAsync(() => timers.CasesStepped == cases);
        var started = clock.Elapsed;
        Console.WriteLine($"started: {cases} orchestrations scheduled in {scheduled.TotalSeconds:F1} s, all waiting after " +
                          $"{started.TotalSeconds:F1} s: {cases / started.TotalSeconds:F1} orchestrations started/s");

        // Far enough ahead that every signal is taken before the timers fall due, so neither figure bounds the other.
        var fireAt = TimeProvider.System.GetUtcNow().AddSeconds(Math.Max(30, cases / 8));
        timers.PlanAll(ids, fireAt);
        clock.Restart();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (id, _) => await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = id }, CaseOrchestration.ChangedEvent, id));
        await UntilAsync(() => timers.Steps >= 2 * cases || TimeProvider.System.GetUtcNow() >= fireAt);
        var taken = Math.Min(cases, timers.Steps - cases);
        Console.WriteLine($"re-planned: {cases} case-changed events raised, {taken} taken in {clock.Elapsed.TotalSeconds:F1} s: " +
                          $"{taken / clock.Elapsed.TotalSeconds:F1} signals/s" + (taken < cases ? " (the timers fell due first)" : ""));

        await UntilAsync(() => timers.Fired.Count == cases);
        var lateness = new Latencies();
        foreach (var (due, firedAt) in timers.Fired) lateness.Add(firedAt - due);
        var spread = timers.Fired.Max(f => f.FiredAt) - fireAt;
        Console.WriteLine($"fired: {cases} timers due at one instant all fired within {spread.TotalSeconds:F1} s: " +
                          $"{cases / Math.Max(spread.TotalSeconds, 0.001):F1} timers fired/s; lateness p50 {lateness.Percentile(50):F0} ms, p99 {lateness.Percentile(99):F0} ms");
        await worker.StopAsync(isForced: true);
    }

    private static async Task<Latencies> MeasureCommandsAsync(int commands, bool orchestrations)
    {
        await using var azurite = await Azurite.StartAsync();
        await using var app = new AppProcess(azurite.ConnectionString, new Dictionary<string, string> { ["Durable__RunOrchestrations"] = orchestrations.ToString() });
        await app.StartAsync();
        using var officer = new HttpClient { BaseAddress = app.BaseAddress }.AsOfficer();
        var registered = new List<string>();
        for (var i = 0; i < commands; i++) registered.Add(await CaseRequests.RegisterAsync(officer));

        var latencies = new Latencies();
        await Parallel.ForEachAsync(registered, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, _) =>
        {
            var clock = Stopwatch.StartNew();
            await CaseRequests.AssignAsync(officer, id);
            latencies.Add(clock.Elapsed);
        });
        Console.WriteLine($"commands with orchestrations {(orchestrations ? "on " : "off")}: {commands} assignments, 8 at once: " +
                          $"p50 {latencies.Percentile(50):F0} ms, p99 {latencies.Percentile(99):F0} ms");
        return latencies;
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var giveUp = Stopwatch.StartNew();
        while (!condition())
        {
            if (giveUp.Elapsed > TimeSpan.FromMinutes(20)) throw new TimeoutException("the orchestrations did not get there in 20 minutes");
            await Task.Delay(100);
        }
    }
}
