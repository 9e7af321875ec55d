using System.Net;
using System.Net.Sockets;
using DisclosureRequests.Cases;
using DisclosureRequests.Core.Cases.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>The case orchestration itself, on the in-process test host, its timer plans passed in as data.</summary>
public sealed class CaseOrchestrationTests
{
    private const string CaseId = "case-under-test";
    private static readonly TimeSpan Late = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Every_kind_of_timer_fires_once_at_its_planned_instant_and_in_order()
    {
        var script = new ScriptedCase();
        await using var host = await StartAsync(script);
        await StartCaseAsync(host);
        await WaitUntilAsync(() => script.Steps >= 1, TimeSpan.FromSeconds(10));

        // Planned once the orchestration waits, as a command would, so a slow start of the test host is not counted.
        var start = ScriptedCase.Now;
        var kinds = Enum.GetValues<TimerKind>();
        script.Change(plan => plan.AddRange(kinds.Select((kind, i) => (kind, start.AddSeconds(1 + 0.7 * i)))));
        await host.Client.RaiseEventAsync(CaseId, CaseOrchestration.ChangedEvent, CaseId);
        await WaitUntilAsync(() => script.Fired.Count >= kinds.Length, TimeSpan.FromSeconds(20));

        Assert.Equal(kinds, script.Fired.Select(f => f.Kind));
        Assert.All(script.Fired, f =>
        {
            Assert.True(f.FiredAt >= f.DueAt, $"{f.Kind} fired {(f.DueAt - f.FiredAt).TotalMilliseconds:F0} ms early");
            Assert.True(f.FiredAt - f.DueAt < Late, $"{f.Kind} fired {(f.FiredAt - f.DueAt).TotalMilliseconds:F0} ms late");
        });
    }

    [Fact]
    public async Task A_command_that_moves_a_timer_earlier_re_plans_the_wait()
    {
        var script = new ScriptedCase().Plan(TimerKind.OverdueEscalation, ScriptedCase.Now.AddMinutes(5));
        await using var host = await StartAsync(script);
        await StartCaseAsync(host);
        await WaitUntilAsync(() => script.Steps >= 1, TimeSpan.FromSeconds(10));

        var movedTo = ScriptedCase.Now.AddSeconds(1);
        script.Change(plan => plan[0] = (TimerKind.OverdueEscalation, movedTo));
        await host.Client.RaiseEventAsync(CaseId, CaseOrchestration.ChangedEvent, CaseId);
        await WaitUntilAsync(() => !script.Fired.IsEmpty, TimeSpan.FromSeconds(10));

        var fired = Assert.Single(script.Fired);
        Assert.InRange(fired.FiredAt, movedTo, movedTo + Late);
    }

    [Fact]
    public async Task A_case_closed_with_nothing_more_due_ends_its_orchestration()
    {
        var script = new ScriptedCase().Plan(TimerKind.ClarificationLapse, ScriptedCase.Now.AddSeconds(1));
        script.Change(_ => { }, close: true);
        await using var host = await StartAsync(script);

        await StartCaseAsync(host);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ended = await host.Client.WaitForInstanceCompletionAsync(CaseId, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal(CaseOrchestration.Ended, ended.ReadOutputAs<string>());
        Assert.Single(script.Fired);
    }

    [Fact]
    public async Task A_case_with_no_timer_armed_waits_for_its_next_change_and_ends_when_that_closes_it()
    {
        var script = new ScriptedCase();
        await using var host = await StartAsync(script);
        await StartCaseAsync(host);
        await WaitUntilAsync(() => script.Steps >= 1, TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(CaseId))!.RuntimeStatus);
        Assert.Equal(1, script.Steps);

        script.Change(_ => { }, close: true);
        await host.Client.RaiseEventAsync(CaseId, CaseOrchestration.ChangedEvent, CaseId);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ended = await host.Client.WaitForInstanceCompletionAsync(CaseId, timeout.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
    }

    [Fact]
    public async Task Changes_raised_in_a_burst_are_taken_as_one_reading_of_the_case_as_it_stands_after_the_last()
    {
        var script = new ScriptedCase().Plan(TimerKind.ReplyReminder, ScriptedCase.Now.AddMinutes(5));
        await using var host = await StartAsync(script);
        await StartCaseAsync(host);
        await WaitUntilAsync(() => script.Steps >= 1, TimeSpan.FromSeconds(10));

        var lastMove = DateTimeOffset.MinValue;
        for (var i = 0; i < 5; i++)
        {
            // Each command commits before it raises its change, so the case already holds what the change announces.
            lastMove = ScriptedCase.Now.AddSeconds(2);
            var movedTo = lastMove;
            script.Change(plan => plan[0] = (TimerKind.ReplyReminder, movedTo));
            await host.Client.RaiseEventAsync(CaseId, CaseOrchestration.ChangedEvent, CaseId);
        }
        await WaitUntilAsync(() => !script.Fired.IsEmpty, TimeSpan.FromSeconds(10));

        var fired = Assert.Single(script.Fired);
        Assert.InRange(fired.FiredAt, lastMove, lastMove + Late);
        Assert.InRange(script.Steps, 3, 7);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(CaseId))!.RuntimeStatus);
    }

    [Fact]
    public async Task The_orchestration_sends_the_outbox_tries_a_refused_letter_again_when_asked_and_ends_only_once_nothing_waits()
    {
        var script = new ScriptedCase();
        script.Change(_ => { }, close: true);
        var outbox = new ScriptedOutbox().Add("reply", failures: 1, retryAfter: TimeSpan.FromSeconds(2)).Add("acknowledgement");
        await using var host = await StartAsync(script, outbox);

        await StartCaseAsync(host);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var ended = await host.Client.WaitForInstanceCompletionAsync(CaseId, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal(["acknowledgement", "reply"], outbox.Delivered.Select(d => d.Id).Order());
        var refused = outbox.Attempts.First(a => a.Id == "reply").At;
        var sent = outbox.Delivered.Single(d => d.Id == "reply").At;
        Assert.InRange(sent - refused, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2) + Late);
        Assert.True(ended.LastUpdatedAt >= sent, "the orchestration ended while a letter was still waiting");
    }

    [Fact]
    public async Task An_execution_started_by_an_earlier_release_takes_its_round_in_two_steps_then_continues_in_one()
    {
        var script = new ScriptedCase();
        var ran = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var host = await StartAsync(script, ran: ran);
        // The earlier release's input: the bare case id.
        await host.Client.ScheduleNewOrchestrationInstanceAsync(CaseOrchestration.Name, CaseId, new StartOrchestrationOptions(CaseId));
        await WaitUntilAsync(() => script.Steps >= 1, TimeSpan.FromSeconds(10));

        await host.Client.RaiseEventAsync(CaseId, CaseOrchestration.ChangedEvent, CaseId);
        await WaitUntilAsync(() => script.Steps >= 2, TimeSpan.FromSeconds(10));
        await host.Client.RaiseEventAsync(CaseId, CaseOrchestration.ChangedEvent, CaseId);
        await WaitUntilAsync(() => script.Steps >= 3, TimeSpan.FromSeconds(10));

        Assert.Equal([CaseTimerActivity.Name, CaseOutboxActivity.Name, CaseStepActivity.Name, CaseStepActivity.Name], ran);
        var instance = await host.Client.GetInstanceAsync(CaseId, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Running, instance!.RuntimeStatus);
        Assert.False(instance.ReadInputAs<CaseOrchestrationInput>()!.InTwoSteps);
    }

    private static Task StartCaseAsync(DurableTaskTestHost host) =>
        host.Client.ScheduleNewOrchestrationInstanceAsync(CaseOrchestration.Name, new CaseOrchestrationInput(CaseId), new StartOrchestrationOptions(CaseId));

    private static Task<DurableTaskTestHost> StartAsync(
        ScriptedCase script, ScriptedOutbox? outbox = null, System.Collections.Concurrent.ConcurrentQueue<string>? ran = null)
    {
        CaseOutboxStep Outbox() => (outbox ?? new ScriptedOutbox()).Step();
        T Ran<T>(string name, Func<T> step)
        {
            ran?.Enqueue(name);
            return step();
        }
        return DurableTaskTestHost.StartAsync(
            registry => registry
                .AddOrchestrator<CaseOrchestration>()
                .AddActivityFunc<string, CaseRound>(CaseStepActivity.Name, (_, _) => Ran(CaseStepActivity.Name, () => new CaseRound(script.Step(), Outbox())))
                .AddActivityFunc<string, CaseTimerStep>(CaseTimerActivity.Name, (_, _) => Ran(CaseTimerActivity.Name, script.Step))
                .AddActivityFunc<string, CaseOutboxStep>(CaseOutboxActivity.Name, (_, _) => Ran(CaseOutboxActivity.Name, Outbox)),
            new DurableTaskTestHostOptions { Port = FreePort() });
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan within)
    {
        var deadline = ScriptedCase.Now + within;
        while (!condition())
        {
            Assert.True(ScriptedCase.Now < deadline, "the orchestration did not get there in time");
            await Task.Delay(50);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
