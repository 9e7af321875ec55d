using Azure.Data.Tables;
using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>
/// The app as it runs where orchestrations drive the cases, on Azurite with the fake clock: commits write neither the
/// instants of their timers nor the outbox's retry index (the orchestration's durable timers hold both), only the mark
/// that repairs a lost signal; the orchestration's step sends, and the sweep hands what the old index names over.
/// </summary>
public sealed class WhereOrchestrationsRunTests : IAsyncLifetime
{
    private Azurite? azurite;
    private SystemUnderTest? app;

    private SystemUnderTest App => app!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        app = await SystemUnderTest.StartAsync(azurite, new FakeTimeProvider(SystemUnderTest.Start), services: services =>
            services.AddSingleton(new CaseOrchestrationMode(Runs: true)));
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_filing_leaves_no_entry_in_the_retry_index_and_the_orchestration_step_sends_the_acknowledgement()
    {
        var receipt = await new Agency(App).FileAsync();

        Assert.False(await RetryEntryExistsAsync(receipt.Id));
        var step = await ActivatorUtilities.CreateInstance<CaseOutboxActivity>(App.Services).RunAsync(null!, receipt.Id);
        Assert.Equal(1, step.Delivered);
        Assert.Null(step.NextLookAt);
    }

    [Fact]
    public async Task A_command_that_arms_timers_writes_no_instant_to_the_timer_index_only_its_changed_mark()
    {
        var receipt = await new Agency(App).FileAndAssignAsync();

        var rows = new List<string>();
        await foreach (var row in App.Storage.Table(StorageNames.DueTimersTable).QueryAsync<TableEntity>($"CaseId eq '{receipt.Id}'"))
            rows.Add(row.RowKey);
        Assert.All(rows, key => Assert.Contains($"|{DueTimerIndex.ChangedHint}-", key));
        var plan = DisclosureRequests.Cases.CaseTimers.Plan((await App.Get<CaseStore>().LoadAsync(receipt.Id, CancellationToken.None))!.State,
            App.Get<Core.Calendar.WorkingDayCalendars>().Current);
        Assert.NotEmpty(plan.Armed);
    }

    [Fact]
    public async Task The_sweep_hands_a_case_the_retry_index_still_names_to_its_orchestration_and_sends_nothing_itself()
    {
        var agency = new Agency(App);
        var receipt = await agency.FileAsync();
        await App.Get<DeliveryIndex>().LookNoLaterThanAsync(receipt.Id, App.Time.GetUtcNow(), CancellationToken.None);
        var orchestrations = new SignalsReceived();

        var summary = await agency.SweepAsync(orchestrations);

        Assert.Contains(receipt.Id, orchestrations.CaseIds);
        Assert.Equal(1, summary.MessagesRetried);
        Assert.False(await RetryEntryExistsAsync(receipt.Id));
        // Still there for the orchestration to send: the sweep sent nothing.
        Assert.Equal(1, (await ActivatorUtilities.CreateInstance<CaseOutboxActivity>(App.Services).RunAsync(null!, receipt.Id)).Delivered);
    }

    [Fact]
    public async Task One_round_fires_what_is_due_then_sends_what_the_outbox_holds_with_what_the_timer_left_there()
    {
        var receipt = await new Agency(App).FileAndAssignAsync();
        var step = ActivatorUtilities.CreateInstance<CaseStepActivity>(App.Services);

        var first = await step.RunAsync(null!, receipt.Id);
        App.Time.SetUtcNow(first.Timers.NextDueAt!.Value);
        var second = await step.RunAsync(null!, receipt.Id);

        Assert.Equal((0, 1), (first.Timers.Fired, first.Outbox.Delivered));
        Assert.StartsWith("reply-reminder-5@", first.Timers.NextTimer);
        // The reminder the timer leaves for the officer goes out in the round that fired it.
        Assert.Equal((1, 1), (second.Timers.Fired, second.Outbox.Delivered));
        Assert.StartsWith("reply-reminder-2@", second.Timers.NextTimer);
        Assert.Null(second.Outbox.NextLookAt);
    }

    private async Task<bool> RetryEntryExistsAsync(string caseId) =>
        (await App.Storage.Table(StorageNames.OutboxRetriesTable).GetEntityIfExistsAsync<TableEntity>("retry", caseId)).HasValue;
}
