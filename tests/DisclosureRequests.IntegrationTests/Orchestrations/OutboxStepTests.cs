using System.Net.Http.Json;
using Azure.Data.Tables;
using DisclosureRequests.Core.Cases.Orchestration;
using DisclosureRequests.Core.Notifications;
using DisclosureRequests.Core.Security;
using DisclosureRequests.Core.Storage;
using DisclosureRequests.IntegrationTests.Infrastructure;
using DisclosureRequests.IntegrationTests.Notifications;

namespace DisclosureRequests.IntegrationTests.Orchestrations;

/// <summary>
/// The case orchestration's outbox step on Azurite, against a mail provider that fails as the test tells it, with the
/// fake clock: what it sends, how long it tells the orchestration to wait, and what it leaves for administrators.
/// </summary>
public sealed class OutboxStepTests(SendGridSystem app) : IClassFixture<SendGridSystem>
{
    private CaseOutboxActivity Step => new(app.Get<OutboxDelivery>(), app.Time);

    [Fact]
    public async Task A_step_sends_what_is_due_once_and_leaves_nothing_to_wait_for()
    {
        var (caseId, id) = await CommitAsync();
        app.Answers(202);

        var first = await Step.RunAsync(null!, caseId);
        var again = await Step.RunAsync(null!, caseId);

        Assert.Equal(new CaseOutboxStep(1, null, null), first);
        Assert.Equal(new CaseOutboxStep(0, null, null), again);
        Assert.Equal(1, SentCount(id));
        Assert.False(await RetryEntryExistsAsync(caseId));
    }

    [Fact]
    public async Task Too_many_requests_makes_the_orchestration_wait_as_long_as_Retry_After_asks_then_the_letter_goes_once()
    {
        var (caseId, id) = await CommitAsync();
        app.Answers(429, retryAfter: "300");

        var refused = await Step.RunAsync(null!, caseId);
        Assert.Equal(0, refused.Delivered);
        Assert.Equal(TimeSpan.FromSeconds(300), refused.WaitFor);

        app.Answers(202);
        app.Time.Advance(TimeSpan.FromSeconds(299));
        Assert.Equal(0, (await Step.RunAsync(null!, caseId)).Delivered);
        app.Time.Advance(TimeSpan.FromSeconds(1));
        var sent = await Step.RunAsync(null!, caseId);

        Assert.Equal(new CaseOutboxStep(1, null, null), sent);
        Assert.Equal(1, SentCount(id));
        Assert.False(await RetryEntryExistsAsync(caseId));
    }

    [Fact]
    public async Task Waiting_as_each_step_says_parks_a_letter_after_the_last_failure_where_administrators_see_it()
    {
        var (caseId, id) = await CommitAsync();
        app.Answers(503);

        var steps = 0;
        for (var step = await Step.RunAsync(null!, caseId); step.WaitFor is { } wait; step = await Step.RunAsync(null!, caseId))
        {
            Assert.True(++steps < RetrySchedule.MaxAttempts, "the letter was tried more often than the schedule allows");
            app.Time.Advance(wait);
        }

        Assert.Equal(DeliveryStatus.Parked, (await OutboxCases.RowAsync(app.Storage, caseId, id)).GetString("Status"));
        var admin = app.Client().As("admin@agency.example.cn", Roles.Administrator);
        var parked = await admin.GetFromJsonAsync<List<ParkedMessage>>("/api/admin/parked-messages");
        Assert.Equal("SendGrid answered 503", Assert.Single(parked!, p => p.ItemId == id).LastError);
    }

    [Fact]
    public async Task A_letter_another_dispatcher_took_over_while_it_was_being_sent_is_looked_at_again_when_that_claim_runs_out()
    {
        var (caseId, id) = await CommitAsync();
        // The provider keeps the step waiting until its one-second timeout, the time another dispatcher has to step in.
        app.Answers(202, delay: TimeSpan.FromSeconds(3));

        var stepping = Step.RunAsync(null!, caseId);
        var row = await OutboxCases.RowAsync(app.Storage, caseId, id);
        for (var tries = 0; row.GetString("Status") != DeliveryStatus.Sending; tries++)
        {
            Assert.True(tries < 200, "the step never claimed the letter");
            await Task.Delay(5);
            row = await OutboxCases.RowAsync(app.Storage, caseId, id);
        }
        // As a dispatcher does that finds the claim run out: its own claim, under the row's ETag.
        var otherClaimUntil = app.Time.GetUtcNow().AddMinutes(10);
        row["LeaseUntil"] = otherClaimUntil;
        await app.Storage.Table(StorageNames.CasesTable).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        var step = await stepping;

        Assert.Equal(0, step.Delivered);
        Assert.Equal(otherClaimUntil, step.NextLookAt);
    }

    private async Task<(string CaseId, string ItemId)> CommitAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        var state = await OutboxCases.CommitAsync(app.Get<CaseStore>(), "zhangsan@example.cn", SampleItems.Reply("disclosed", "") with { Id = id });
        return (state.Id, id);
    }

    private async Task<bool> RetryEntryExistsAsync(string caseId) =>
        (await app.Storage.Table(StorageNames.OutboxRetriesTable).GetEntityIfExistsAsync<TableEntity>("retry", caseId)).HasValue;

    private int SentCount(string itemId) =>
        app.Accepted().Count(m => m["personalizations"]![0]!["custom_args"]!["outboxItemId"]!.GetValue<string>() == itemId);
}
